#pragma once

class QTextEdit;

// The formatting bar's commands that change a rich-text document's blocks and characters.
namespace hongyan::textformatting {

// A horizontal line at the cursor, with a plain block after it where typing goes on: a
// line is a block of its own whose text Qt's HTML export drops.
void insertRule(QTextEdit& edit);
// The paragraph (or the list it is in) one step further in (1) or out (-1).
void changeIndent(QTextEdit& edit, int step);
// Character styles off the selection, or off what is typed next; images and link targets
// stay.
void removeTextStyles(QTextEdit& edit);

} // namespace hongyan::textformatting
