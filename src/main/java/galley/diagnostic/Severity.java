package galley.diagnostic;

/** How bad a manuscript problem is: an error stops the build, a warning does not. */
public enum Severity { ERROR, WARNING }
