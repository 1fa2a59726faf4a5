package org.openv2v.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.ModuleTest;
import org.openv2v.cases.Cases;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail alone (a module test): a read of patient data is recorded in the reader's own
 * transaction, so a read that fails leaves no record and a record that cannot be written fails the
 * read.
 */
@ModuleTest
class AuditTrailModuleTests {

  private static final Actor NURSE =
      new Actor("module-nurse", "Module Nurse", Role.NURSE, Set.of("KR-SNUH"));

  @Autowired AuditTrail audit;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationContext context;

  @Test
  void should_start_without_the_modules_that_use_it() {
    assertThat(context.getBeanNamesForType(AuditTrail.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(Cases.class)).isEmpty();
  }

  @Test
  void should_record_who_read_which_cases_and_whether_identity_was_shown() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    inTransaction(() -> audit.patientDataRead(NURSE, "case.view", List.of(first, second), true));

    assertThat(audit.reads(Optional.of(second), 10))
        .singleElement()
        .satisfies(
            read -> {
              assertThat(read.username()).isEqualTo("module-nurse");
              assertThat(read.role()).isEqualTo("NURSE");
              assertThat(read.action()).isEqualTo("case.view");
              assertThat(read.caseIds()).containsExactly(first, second);
              assertThat(read.identityShown()).isTrue();
            });
  }

  @Test
  void should_refuse_to_record_a_read_outside_the_readers_transaction() {
    UUID caseId = UUID.randomUUID();
    assertThatThrownBy(() -> audit.patientDataRead(NURSE, "case.view", List.of(caseId), false))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(audit.reads(Optional.of(caseId), 10)).isEmpty();
  }

  @Test
  void should_leave_no_record_of_a_read_that_failed() {
    UUID caseId = UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              audit.patientDataRead(NURSE, "case.view", List.of(caseId), false);
              status.setRollbackOnly();
            });
    assertThat(audit.reads(Optional.of(caseId), 10)).isEmpty();
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }
}
