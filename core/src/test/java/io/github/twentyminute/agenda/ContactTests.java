package io.github.twentyminute.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactTests {
  private final ResearchNote n1 = ResearchNote.of("n1", "Moved into analytics", "LinkedIn");
  private final ResearchNote n2 = ResearchNote.of("n2", "Leads the fraud team", "site");

  @Test
  void namedHasNoRoleOrganisationOrNotes() {
    Contact contact = Contact.named("Dana Reyes");

    assertThat(contact.name()).isEqualTo("Dana Reyes");
    assertThat(contact.role()).isEmpty();
    assertThat(contact.organisation()).isEmpty();
    assertThat(contact.notes()).isEmpty();
    assertThat(contact.toString()).isEqualTo("Dana Reyes");
  }

  @Test
  void printsRoleAndOrganisationWhenKnown() {
    assertThat(Contact.builder().name("Dana").role("Director").organisation("Northwind").build()
        .toString()).isEqualTo("Dana (Director, Northwind)");
    assertThat(Contact.builder().name("Dana").role("Director").build().toString())
        .isEqualTo("Dana (Director)");
    assertThat(Contact.builder().name("Dana").organisation("Northwind").build().toString())
        .isEqualTo("Dana (Northwind)");
  }

  @Test
  void findsNotesById() {
    Contact contact = Contact.builder().name("Dana").addNotes(n1, n2).build();

    assertThat(contact.note("n2")).contains(n2);
    assertThat(contact.note("n3")).isEmpty();
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> Contact.named(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact name must not be blank");
  }

  @Test
  void rejectsDuplicateNoteIds() {
    ResearchNote again = ResearchNote.of("n1", "Something else", "a podcast");

    assertThatThrownBy(() -> Contact.builder().name("Dana Reyes").addNotes(n1, n2, again).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact Dana Reyes has research note id n1 twice; note ids must be unique");
  }

  @Test
  void researchNoteKeepsItsFields() {
    assertThat(n1.id()).isEqualTo("n1");
    assertThat(n1.text()).isEqualTo("Moved into analytics");
    assertThat(n1.source()).isEqualTo("LinkedIn");
  }

  @Test
  void researchNoteRejectsAMalformedId() {
    assertThatThrownBy(() -> ResearchNote.of("n 1", "text", "source"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void researchNoteRejectsBlankText() {
    assertThatThrownBy(() -> ResearchNote.of("n1", "", "LinkedIn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("research note n1 text must not be blank");
  }

  @Test
  void researchNoteRejectsABlankSource() {
    assertThatThrownBy(() -> ResearchNote.of("n1", "Moved into analytics", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("research note n1 source must not be blank; say where you learned it");
  }
}
