package uk.irodispute.testing;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * A {@link Random} that draws its bits from a list of choices jqwik generated. A generator written
 * against {@code Random} becomes one jqwik can shrink: jqwik shortens the list and brings each
 * choice towards zero, and a choice of zero is a generator's first option. Once the list runs out,
 * every further choice is zero.
 *
 * <p>A property takes {@code @ForAll("choices") List<Integer>} from {@link #choices()} and builds
 * the {@code ChoiceRandom} in its body, so jqwik reports the shrunk choices of a failing try.
 */
public final class ChoiceRandom extends Random {

  private static final long serialVersionUID = 1L;

  /** The most choices one try draws from jqwik; enough for the largest generated page. */
  public static final int MOST_CHOICES = 1500;

  private final transient List<Integer> choices;
  private int next;

  /**
   * @param choices each between zero and {@link Integer#MAX_VALUE}, as {@link #choices()} makes
   */
  public ChoiceRandom(List<Integer> choices) {
    this.choices = List.copyOf(choices);
  }

  /** Choices of any length up to {@link #MOST_CHOICES}, each length as likely. */
  public static Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers()
        .between(0, Integer.MAX_VALUE)
        .list()
        .ofMaxSize(MOST_CHOICES)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  /** The top {@code bits} of the next choice, so a smaller choice gives a smaller number. */
  @Override
  protected int next(int bits) {
    if (choices == null || next >= choices.size()) {
      next++;
      return 0;
    }
    long choice = Integer.toUnsignedLong(choices.get(next++)) << 1;
    return (int) (choice >>> (32 - bits));
  }
}
