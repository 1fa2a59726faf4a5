package org.openv2v.fhir.internal;

import java.util.List;
import java.util.Optional;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.EventView;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.network.Product;
import org.openv2v.safety.Assessments;
import org.openv2v.safety.FollowUps;
import org.openv2v.safety.Lymphodepletions;

/**
 * Everything one caller may see of one case, read through the owning modules. Safety data (the
 * assessments, lymphodepletion courses and follow-up schedule) is empty for the roles that handle
 * the product but not the patient; {@code identityShown} says whether the patient's identity may
 * appear.
 */
public record CaseData(
    CaseView view,
    List<EventView> events,
    Optional<Product> product,
    List<CustodyRecord> custody,
    List<Assessments.AssessmentView> assessments,
    List<Lymphodepletions.Course> courses,
    List<FollowUps.FollowUpView> followUps,
    boolean identityShown,
    boolean safetyShown) {}
