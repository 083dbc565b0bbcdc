package uk.irodispute.sending;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import uk.irodispute.store.Outbox;

/**
 * The items of a drain's round that went, marked delivered at once and in as few statements as the
 * round's senders allow. A sender whose item went marks it, with every other item that went while
 * it was marking, in one statement; a sender that finds another marking leaves its item to that
 * one, which looks again for items waiting after each statement, and goes on to its next item. So
 * an item is marked about one statement after it went, however long the round's other sends take (a
 * node stopped in that time sends again only what had not been marked), and a round of many fast
 * sends, such as a back-fill's, takes far fewer statements than sends. A mark the database fails is
 * tried again, then left to the next claim ({@link Outbox#went}): it never fails the send.
 */
final class DeliveredMarks {

  private final Outbox outbox;
  private final Queue<Long> waiting = new ConcurrentLinkedQueue<>();
  private final ReentrantLock marking = new ReentrantLock();

  DeliveredMarks(Outbox outbox) {
    this.outbox = outbox;
  }

  /** The item went: marked now, by this sender or by the one marking. */
  void went(long id) {
    waiting.add(id);
    do {
      if (!marking.tryLock()) {
        return;
      }
      try {
        markWaiting();
      } finally {
        marking.unlock();
      }
    } while (!waiting.isEmpty());
  }

  /** The round's sends are over: once any marking under way ends, marks whatever still waits. */
  void roundDone() {
    marking.lock();
    try {
      markWaiting();
    } finally {
      marking.unlock();
    }
  }

  private void markWaiting() {
    List<Long> ids = new ArrayList<>();
    for (Long id = waiting.poll(); id != null; id = waiting.poll()) {
      ids.add(id);
    }
    outbox.went(ids);
  }
}
