package uk.irodispute.scheduling;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.quartz.Scheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduler as Camel is given it: each call (adding, changing or removing a schedule when a
 * route starts or stops) runs in a transaction of its own. Spring's job store takes its database
 * lock in the caller's transaction, so outside one the lock would end with its own statement, and
 * two nodes starting at once could both add the same schedule; inside one, the second finds the
 * first's schedule and keeps it. Quartz's own threads (firing, checking in, taking over a dead
 * node's runs) take their locks in transactions of their own already.
 */
final class TransactionalScheduler implements InvocationHandler {

  /** Thrown through the transaction to roll it back, carrying what the scheduler threw. */
  private static final class SchedulerCallFailed extends RuntimeException {
    private SchedulerCallFailed(Throwable cause) {
      super(cause);
    }
  }

  private final Scheduler scheduler;
  private final TransactionTemplate transactions;

  private TransactionalScheduler(Scheduler scheduler, PlatformTransactionManager transactions) {
    this.scheduler = scheduler;
    this.transactions = new TransactionTemplate(transactions);
  }

  static Scheduler around(Scheduler scheduler, PlatformTransactionManager transactions) {
    return (Scheduler)
        Proxy.newProxyInstance(
            Scheduler.class.getClassLoader(),
            new Class<?>[] {Scheduler.class},
            new TransactionalScheduler(scheduler, transactions));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return method.invoke(scheduler, arguments);
    }
    try {
      return transactions.execute(
          status -> {
            try {
              return method.invoke(scheduler, arguments);
            } catch (InvocationTargetException e) {
              throw new SchedulerCallFailed(e.getCause());
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (SchedulerCallFailed e) {
      throw e.getCause();
    }
  }
}
