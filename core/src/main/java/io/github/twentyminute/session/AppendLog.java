package io.github.twentyminute.session;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list that grows by one element in amortised constant time, so that a session
 * applying its events one by one stays linear in them. Lists made by {@link #with(Object)} share
 * one array: the first list of a given size to append claims the next slot and writes it in
 * place; any later append to a list of that size (a branch) copies. A list never reads past its
 * own size, so slots written by others are invisible to it. Immutable and thread-safe.
 *
 * @param <E> the element type
 */
final class AppendLog<E> extends AbstractList<E> implements RandomAccess {
  private static final AppendLog<Object> EMPTY =
      new AppendLog<>(new Object[0], new AtomicInteger(0), 0);

  private final Object[] items;
  /** How many slots of {@link #items} some list has claimed. */
  private final AtomicInteger claimed;
  private final int size;

  private AppendLog(Object[] items, AtomicInteger claimed, int size) {
    this.items = items;
    this.claimed = claimed;
    this.size = size;
  }

  /** Returns the empty list. */
  @SuppressWarnings("unchecked")
  static <E> AppendLog<E> empty() {
    return (AppendLog<E>) EMPTY;
  }

  /** Returns this list with one more element at the end; this list is unchanged. */
  AppendLog<E> with(E element) {
    Objects.requireNonNull(element, "element");
    if (size < items.length && claimed.compareAndSet(size, size + 1)) {
      items[size] = element;
      return new AppendLog<>(items, claimed, size + 1);
    }
    Object[] grown = new Object[Math.max(8, size * 2)];
    System.arraycopy(items, 0, grown, 0, size);
    grown[size] = element;
    return new AppendLog<>(grown, new AtomicInteger(size + 1), size + 1);
  }

  /** Returns this list with the element at an index replaced; copies, so linear in the size. */
  AppendLog<E> withReplaced(int index, E element) {
    Objects.checkIndex(index, size);
    Objects.requireNonNull(element, "element");
    Object[] copy = new Object[Math.max(8, size)];
    System.arraycopy(items, 0, copy, 0, size);
    copy[index] = element;
    return new AppendLog<>(copy, new AtomicInteger(size), size);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) items[index];
  }

  @Override
  public int size() {
    return size;
  }
}
