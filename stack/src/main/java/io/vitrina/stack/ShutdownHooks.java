package io.vitrina.stack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One JVM shutdown hook that stops everything this plugin started, newest first: the Liberty
 * servers before the broker and the database they use. A single hook is needed because the JVM runs
 * separate hooks concurrently, in no order. It covers a failed build and Ctrl-C alike, so neither
 * leaves mariadbd or a Liberty JVM running.
 */
final class ShutdownHooks {
  /** A registered stop action; {@link #run()} stops now and forgets it. */
  interface Registration {
    /** Stops now, once: a second call, or one after the hook ran, does nothing. */
    void run() throws Exception;

    void cancel();
  }

  interface Action {
    void stop() throws Exception;
  }

  private static final Deque<Entry> ACTIONS = new ArrayDeque<>();
  private static boolean installed;

  private ShutdownHooks() {}

  static synchronized Registration register(String name, Action action) {
    if (!installed) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(ShutdownHooks::runAll, "vitrina-stack-shutdown"));
      installed = true;
    }
    Entry entry = new Entry(name, action);
    ACTIONS.push(entry);
    return entry;
  }

  private static synchronized boolean remove(Entry entry) {
    return ACTIONS.remove(entry);
  }

  private static void runAll() {
    List<Entry> pending;
    synchronized (ShutdownHooks.class) {
      pending = new ArrayList<>(ACTIONS);
      ACTIONS.clear();
    }
    for (Entry entry : pending) {
      entry.stop();
    }
  }

  private static final class Entry implements Registration {
    private final String name;
    private final Action action;

    Entry(String name, Action action) {
      this.name = name;
      this.action = action;
    }

    @Override
    public void run() throws Exception {
      if (remove(this)) {
        action.stop();
      }
    }

    @Override
    public void cancel() {
      remove(this);
    }

    // Maven's logger may already be gone when the JVM shuts down: plain stderr always works.
    private void stop() {
      try {
        action.stop();
      } catch (Exception e) {
        System.err.println("[vitrina] Could not stop " + name + ": " + e);
      }
    }
  }
}
