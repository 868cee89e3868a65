package io.github.twentyminute.journal;

import io.github.twentyminute.internal.Ids;
import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Everything about one meeting with one person, kept for the journal: the agenda, the live
 * session's event log and the timeline it gives once ended, the follow-up (the two-way
 * commitment ledger and what was done when), the insights, and the outcome.
 *
 * <h2>Identity</h2>
 * {@link #id()} is stable for the life of the record: 1 to 64 ASCII letters, digits, {@code .},
 * {@code -} and {@code _}, starting with a letter or digit; case is kept and matters. How often
 * a record was saved is a fact of the store that keeps it, not of the record: the JSON module's
 * store holds each record's revision beside it.
 *
 * <h2>Each fact once</h2>
 * The person you met is the agenda's {@link Agenda#counterpart() counterpart}: a follow-up built
 * without a counterpart is given the agenda's, so its task descriptions name them, and one naming
 * another person is refused. The follow-up policy lives only in the {@link FollowUp#policy()
 * follow-up}; the session runs on the record's own agenda.
 *
 * <h2>The outcome</h2>
 * {@link #evangelist()} is your judgement of whether they will help later. The names you were
 * given are not stored a second time: {@link #namesReceived()} derives them from the follow-up's
 * referral commitments (their {@link CommitmentKind#REFERRAL}s, tracked or not), so the ledger
 * is the one place to record a name.
 *
 * <h2>What construction checks</h2>
 * Construction refuses a malformed id, a session of another agenda, a follow-up naming another
 * counterpart than the agenda's, a
 * follow-up whose meeting end differs from the end of an ended session, and an insight that
 * names an agenda item the agenda lacks. A record without a session is a meeting recorded after
 * the fact; a record with a session that has not ended is a meeting in progress, and its
 * follow-up's meeting end is then the expected end.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class MeetingRecord {
  MeetingRecord() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MeetingRecord}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableMeetingRecord.Builder {
    Builder() {}
  }

  /**
   * Checks if a text is a valid record id: 1 to 64 ASCII letters, digits, {@code .}, {@code _}
   * or {@code -}, starting with a letter or digit, the grammar of every id.
   *
   * @param id the text, not null
   * @return true if valid
   */
  public static boolean isValidId(String id) {
    return Ids.isValid(id);
  }

  /**
   * Returns the record's stable id.
   *
   * @return the id: 1 to 64 ASCII letters, digits, {@code -} and {@code _}, starting with a
   *     letter or digit
   */
  public abstract String id();

  /**
   * Returns the agenda of the meeting.
   *
   * @return the agenda
   */
  public abstract Agenda agenda();

  /**
   * Returns the live session: the event log of the meeting as it ran.
   *
   * @return the session, or empty if the meeting was recorded without one
   */
  public abstract Optional<MeetingSession> session();

  /**
   * Returns the follow-up: the meeting's end, the two-way commitment ledger and what was done
   * when.
   *
   * @return the follow-up, naming the agenda's counterpart
   */
  public abstract FollowUp followUp();

  /**
   * Returns what you learned, in the order you noted it.
   *
   * @return the insights, may be empty
   */
  public abstract List<Insight> insights();

  /**
   * Returns your judgement of whether they will help later.
   *
   * @return the outcome; {@link Evangelist#NO} unless set otherwise
   */
  @Value.Default
  public Evangelist evangelist() {
    return Evangelist.NO;
  }

  /**
   * Returns the planned-versus-actual timeline, computed once at construction.
   *
   * @return the timeline, or empty if there is no session or it has not ended
   */
  @Value.Derived
  @Value.Auxiliary
  public Optional<Timeline> timeline() {
    Optional<MeetingSession> session = session();
    if (session.isPresent() && session.get().endedAt().isPresent()) {
      return Optional.of(session.get().timeline());
    }
    return Optional.empty();
  }

  /**
   * Returns the person you met: the agenda's counterpart.
   *
   * @return the counterpart
   */
  public Contact counterpart() {
    return agenda().counterpart();
  }

  /**
   * Returns when the meeting ended: the follow-up's meeting end.
   *
   * @return the end
   */
  public Instant meetingEnd() {
    return followUp().meetingEnd();
  }

  /**
   * Returns the names they gave you, derived from the follow-up's ledger: the person of each of
   * their referral commitments, in ledger order.
   *
   * @return the names received, may be empty
   */
  @Value.Derived
  @Value.Auxiliary
  public List<Contact> namesReceived() {
    List<Contact> names = new ArrayList<>();
    for (Commitment commitment : referralsReceived()) {
      names.add(commitment.person().orElseThrow());
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * Returns their referral commitments: the names they gave you, with what to contact each
   * about and when it was captured.
   *
   * @return the referrals, in ledger order, may be empty
   */
  public List<Commitment> referralsReceived() {
    return followUp().commitments().stream()
        .filter(c -> c.kind() == CommitmentKind.REFERRAL && c.owedBy() == Party.THEIRS)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks the record, and gives a follow-up without a counterpart the agenda's, so that the
   * counterpart is one fact.
   */
  @Value.Check
  final MeetingRecord check() {
    if (!isValidId(id())) {
      throw new IllegalArgumentException(
          "meeting record id must be 1 to 64 ASCII letters, digits, . _ or - starting with a"
              + " letter or digit, but was \"" + id() + "\"");
    }
    Optional<Contact> named = followUp().counterpart();
    if (named.isEmpty()) {
      return builder().from(this).followUp(FollowUp.builder()
          .from(followUp()).counterpart(counterpart()).build()).build();
    }
    if (!named.get().equals(counterpart())) {
      throw new IllegalArgumentException("meeting record " + id() + " follow-up names "
          + named.get().name() + " as the counterpart, but the agenda's counterpart is "
          + counterpart().name() + "; expected the same person, or none (the agenda's is taken)");
    }
    if (session().isPresent()) {
      MeetingSession session = session().get();
      if (!session.agenda().equals(agenda())) {
        throw new IllegalArgumentException(
            "meeting record " + id() + " has a session of another agenda (" + session.agenda()
                + ") than its own (" + agenda() + ")");
      }
      Optional<Instant> end = session.endedAt();
      if (end.isPresent() && !end.get().equals(followUp().meetingEnd())) {
        throw new IllegalArgumentException(
            "meeting record " + id() + " follow-up meeting end (" + followUp().meetingEnd()
                + ") differs from the session's end (" + end.get() + "); the follow-up's"
                + " windows count from the actual end");
      }
    }
    for (int i = 0; i < insights().size(); i++) {
      Optional<String> item = insights().get(i).itemId();
      if (item.isPresent() && agenda().item(item.get()).isEmpty()) {
        throw new IllegalArgumentException(
            "meeting record " + id() + " insight " + i + " is drawn by agenda item " + item.get()
                + ", which the agenda does not have; its items are "
                + agenda().items().stream().map(AgendaItem::id).collect(Collectors.toList()));
      }
    }
    return this;
  }

  /** Returns a short form such as {@code m-2026-03-10-dana: Dana Reyes, ended 2026-03-10T15:20:00Z}. */
  @Override
  public String toString() {
    return id() + ": " + counterpart().name() + ", ended " + meetingEnd()
        + ", " + insights().size() + " insights, evangelist " + evangelist();
  }
}
