#include "textformatting.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFragment>
#include <QTextList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::textformatting {

void insertRule(QTextEdit& edit)
{
    QTextCursor cursor = edit.textCursor();
    cursor.beginEditBlock();
    cursor.insertHtml(u"<hr/>"_s);
    // The line is a block of its own whose text is never exported: typing goes on below it.
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.endEditBlock();
    edit.setTextCursor(cursor);
}

void changeIndent(QTextEdit& edit, int step)
{
    QTextCursor cursor = edit.textCursor();
    if (QTextList* list = cursor.currentList()) {
        QTextListFormat format = list->format();
        format.setIndent(std::max(1, format.indent() + step));
        list->setFormat(format);
        return;
    }
    QTextBlockFormat format = cursor.blockFormat();
    format.setIndent(std::max(0, format.indent() + step));
    cursor.setBlockFormat(format);
}

void removeTextStyles(QTextEdit& edit)
{
    QTextCursor cursor = edit.textCursor();
    if (!cursor.hasSelection()) {
        // What is typed next. (With a selection this would also blank its images.)
        edit.setCurrentCharFormat(QTextCharFormat());
        return;
    }
    // Fragment by fragment, measured first and changed after: an image is a character
    // format too, and a link's target is one; both stay.
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    struct Part
    {
        int from;
        int to;
        QTextCharFormat format;
    };
    QList<Part> parts;
    for (QTextBlock block = edit.document()->findBlock(start);
         block.isValid() && block.position() < end; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            if (from >= to || fragment.charFormat().isImageFormat())
                continue;
            QTextCharFormat plain;
            if (fragment.charFormat().isAnchor()) {
                plain.setAnchor(true);
                plain.setAnchorHref(fragment.charFormat().anchorHref());
            }
            parts.append({from, to, plain});
        }
    }
    cursor.beginEditBlock();
    for (const Part& part : std::as_const(parts)) {
        QTextCursor range(edit.document());
        range.setPosition(part.from);
        range.setPosition(part.to, QTextCursor::KeepAnchor);
        range.setCharFormat(part.format);
    }
    cursor.endEditBlock();
}

} // namespace hongyan::textformatting
