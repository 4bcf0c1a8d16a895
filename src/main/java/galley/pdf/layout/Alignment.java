package galley.pdf.layout;

/** How the lines of a paragraph sit in their measure. */
enum Alignment { JUSTIFY, LEFT, CENTER, RIGHT }
