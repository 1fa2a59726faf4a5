package org.openv2v.fhir.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bulk export as a db-scheduler job (the jobs module runs every Task bean). */
@Configuration(proxyBeanMethods = false)
class BulkExportTask {

  private static final Logger log = LoggerFactory.getLogger(BulkExportTask.class);

  @Bean
  OneTimeTask<String> fhirBulkExportTask(ObjectProvider<BulkExports> exports) {
    return Tasks.oneTime(BulkExports.TASK, String.class)
        .execute(
            (instance, context) -> {
              UUID id = UUID.fromString(instance.getData());
              try {
                exports.getObject().run(id);
              } catch (RuntimeException e) {
                // A failed export is reported to whoever polls it; it is not retried.
                log.warn("FHIR bulk export {} failed", id, e);
                exports
                    .getObject()
                    .fail(id, "The export could not be completed: " + e.getMessage());
              }
            });
  }
}
