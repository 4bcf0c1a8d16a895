package galley.diagnostic;

/**
 * How bad a manuscript problem is: an error stops the build, a warning does not (unless the build is
 * strict), a note only tells the author what Galley made of the folder.
 */
public enum Severity { ERROR, WARNING, NOTE }
