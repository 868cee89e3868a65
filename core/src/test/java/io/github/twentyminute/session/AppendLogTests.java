package io.github.twentyminute.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppendLogTests {
  @Test
  void appendingLeavesTheEarlierListUnchanged() {
    AppendLog<String> one = AppendLog.<String>empty().with("a");
    AppendLog<String> two = one.with("b");
    assertThat(one).containsExactly("a");
    assertThat(two).containsExactly("a", "b");
  }

  @Test
  void branchesFromOneListDoNotSeeEachOther() {
    AppendLog<String> base = AppendLog.<String>empty().with("a").with("b");
    AppendLog<String> left = base.with("left");
    AppendLog<String> right = base.with("right");
    assertThat(left).containsExactly("a", "b", "left");
    assertThat(right).containsExactly("a", "b", "right");
    assertThat(left.with("more")).containsExactly("a", "b", "left", "more");
    assertThat(right.with("else")).containsExactly("a", "b", "right", "else");
    assertThat(base).containsExactly("a", "b");
  }

  @Test
  void growsPastItsFirstCapacity() {
    AppendLog<Integer> log = AppendLog.empty();
    for (int i = 0; i < 100; i++) {
      log = log.with(i);
    }
    assertThat(log).hasSize(100).startsWith(0, 1).endsWith(98, 99);
  }

  @Test
  void replacingCopiesAndLeavesTheOriginal() {
    AppendLog<String> log = AppendLog.<String>empty().with("a").with("b");
    AppendLog<String> replaced = log.withReplaced(0, "z");
    assertThat(replaced).containsExactly("z", "b");
    assertThat(log).containsExactly("a", "b");
    assertThat(replaced.with("c")).containsExactly("z", "b", "c");
  }

  @Test
  void isAnUnmodifiableListEqualToAnyListOfTheSameElements() {
    AppendLog<String> log = AppendLog.<String>empty().with("a");
    assertThat(log).isEqualTo(List.of("a"));
    assertThat(log.hashCode()).isEqualTo(List.of("a").hashCode());
    assertThatThrownBy(() -> log.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> log.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
