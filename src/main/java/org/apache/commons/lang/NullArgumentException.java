package org.apache.commons.lang;

/**
 * The one class OrientDB 3.1 (JBake's content store) uses from commons-lang 2.6, which has a published
 * vulnerability (CVE-2025-48924) and no fixed 2.x release. commons-lang is excluded in pom.xml and
 * banned by the enforcer; this stands in for it with the same name, constructor and message.
 */
public class NullArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NullArgumentException(String argName) {
        super((argName == null ? "Argument" : argName) + " must not be null.");
    }
}
