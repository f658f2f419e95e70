package io.github.bisnodeclient.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One record an API interface reads or writes, for which a type adapter is written: what the
 * adapter needs to read and write it as Gson's reflective adapter would.
 *
 * @param element the record
 * @param components its components, in declaration order
 */
record RecordModel(TypeElement element, List<Component> components) {

  /**
   * One component of the record.
   *
   * @param name its name, which is also its accessor's
   * @param json the name it is written as: its {@code @SerializedName}, or its name
   * @param alternates the other names it is read from ({@code @SerializedName(alternate)})
   * @param type its declared type
   */
  record Component(String name, String json, List<String> alternates, TypeMirror type) {}
}
