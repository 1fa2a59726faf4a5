/** The shared kernel: value types every module may use. No framework types here. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openv2v.shared;
