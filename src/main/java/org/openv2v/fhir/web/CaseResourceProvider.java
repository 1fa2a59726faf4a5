package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.function.Function;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.openv2v.security.Actor;

/**
 * A FHIR resource type made from a case: every type is read the same way, by id through the {@link
 * CaseReader}; the types differ only in who may read which resource, and some in how they are
 * searched (subclasses add their searches and operations).
 */
class CaseResourceProvider<T extends Resource> implements IResourceProvider {

  protected final CaseReader reader;
  private final Class<T> type;
  private final Function<IdType, Actor> readerOf;

  /**
   * @param readerOf the caller, checked as a reader of the resource with this id (by the id, since
   *     one type may hold both safety data and data every case reader sees)
   */
  CaseResourceProvider(CaseReader reader, Class<T> type, Function<IdType, Actor> readerOf) {
    this.reader = reader;
    this.type = type;
    this.readerOf = readerOf;
  }

  @Override
  public Class<T> getResourceType() {
    return type;
  }

  @Read
  public T read(@IdParam IdType id) {
    return reader.read(type, id, readerOf.apply(id));
  }
}
