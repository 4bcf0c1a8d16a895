package galley.text;

/** How the lines of a paragraph sit in their measure. */
public enum Alignment { JUSTIFY, LEFT, CENTER, RIGHT }
