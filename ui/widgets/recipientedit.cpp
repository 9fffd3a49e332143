#include "recipientedit.h"

#include "messageerrortext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QStringListModel>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

RecipientEdit::RecipientEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    m_markTimer.setSingleShot(true);
    m_markTimer.setInterval(MarkDelayMs);
    connect(&m_markTimer, &QTimer::timeout, this, &RecipientEdit::applyMark);
    connect(this, &QLineEdit::textChanged, this, &RecipientEdit::onTextChanged);

    // Not QLineEdit::setCompleter: that completes the whole field, and a field holds a list.
    m_completer->setModel(m_completionModel);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(10);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &RecipientEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &RecipientEdit::updateCompletion);
    // popup() makes the popup and gives it the completer's filter; ours, installed after
    // it, sees the popup's events first.
    m_completer->popup()->installEventFilter(this);
}

// QCompleter closes its popup on a press outside it and swallows the press, so the click
// meant for the subject, the body or Send did nothing. The popup closes, and the press
// goes on to the widget under the pointer, through its window as the window system would
// have sent it (focus, press and release pairing). Qt's own replay is switched off for
// this press so that it does not arrive twice.
bool RecipientEdit::eventFilter(QObject* watched, QEvent* event)
{
    QAbstractItemView* popup = m_completer->popup();
    if (watched != popup || event->type() != QEvent::MouseButtonPress)
        return QLineEdit::eventFilter(watched, event);
    auto* press = static_cast<QMouseEvent*>(event);
    if (popup->rect().contains(press->position().toPoint()))
        return QLineEdit::eventFilter(watched, event);
    popup->setAttribute(Qt::WA_NoMouseReplay);
    popup->hide();
    const QPoint global = press->globalPosition().toPoint();
    QWidget* target = QApplication::widgetAt(global);
    QWindow* window = target ? target->window()->windowHandle() : nullptr;
    if (window && !QApplication::activeModalWidget()) {
        QMouseEvent replay(QEvent::MouseButtonPress, window->mapFromGlobal(global), global,
                           press->button(), press->buttons(), press->modifiers(),
                           press->pointingDevice());
        QCoreApplication::sendEvent(window, &replay);
    }
    return true;
}

void RecipientEdit::setCompletionAddresses(const QStringList& addresses)
{
    m_completionModel->setStringList(addresses);
}

std::optional<smtp::AddressList> RecipientEdit::addresses() const
{
    if (text().trimmed().isEmpty())
        return smtp::AddressList();
    return smtp::AddressList::parse(text(), nullptr, m_fieldName);
}

void RecipientEdit::onTextChanged(const QString& text)
{
    // Pasted lists arrive with line breaks and tabs; in a one-line field they separate
    // addresses.
    static const QRegularExpression breaks(u"\\s*[\\r\\n\\t\\x{2028}\\x{2029}]+\\s*"_s);
    if (!m_normalizing && text.contains(breaks)) {
        m_normalizing = true;
        const int cursor = cursorPosition();
        QString normalized = text;
        normalized.replace(breaks, u", "_s);
        while (normalized.startsWith(u", "_s))
            normalized.remove(0, 2);
        setText(normalized);
        setCursorPosition(
            std::min(int(normalized.size()), cursor + int(normalized.size() - text.size())));
        m_normalizing = false;
        return;
    }
    validate();
    if (m_marked && isValid())
        applyMark(); // an error fixed is shown as fixed at once
    else
        m_markTimer.start();
}

void RecipientEdit::validate()
{
    m_error = {};
    if (text().trimmed().isEmpty())
        return;
    smtp::MessageError error;
    if (!smtp::AddressList::parse(text(), &error, m_fieldName))
        m_error = error;
}

void RecipientEdit::markNow()
{
    m_markTimer.stop();
    applyMark();
}

void RecipientEdit::applyMark()
{
    const bool invalid = m_error.isError();
    // Only the background of a field in error is ours, a tint of the window's own: the
    // rest follows the palette when the desktop switches between light and dark.
    QPalette palette;
    if (invalid) {
        const QColor base = (parentWidget() ? parentWidget()->palette() : QApplication::palette())
                                .color(QPalette::Base);
        const QColor red(0xe0, 0x1b, 0x24);
        palette.setColor(QPalette::Base, QColor((base.red() * 3 + red.red()) / 4,
                                                (base.green() * 3 + red.green()) / 4,
                                                (base.blue() * 3 + red.blue()) / 4));
        setToolTip(MessageErrorText::describe(m_error));
    } else {
        setToolTip(QString());
    }
    m_colouring = true;
    setPalette(palette);
    m_colouring = false;
    if (invalid != m_marked) {
        m_marked = invalid;
        emit markedChanged(invalid);
    }
}

void RecipientEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_colouring)
        applyMark();
    QLineEdit::changeEvent(event);
}

void RecipientEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        markNow();
}

std::pair<int, int> RecipientEdit::currentSegment() const
{
    const QString value = text();
    const int cursor = cursorPosition();
    int start = 0;
    bool quoted = false;
    int angle = 0;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\\' && quoted) {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>' && angle > 0)
            --angle;
        else if (!quoted && angle == 0 && (c == u',' || c == u';')) {
            if (i >= cursor)
                return {start, i};
            start = i + 1;
        }
    }
    return {start, int(value.size())};
}

void RecipientEdit::updateCompletion()
{
    const auto [start, end] = currentSegment();
    const QString segment = text().mid(start, cursorPosition() - start).trimmed();
    if (segment.size() < 1 || m_completionModel->rowCount() == 0 || end != cursorPosition()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(segment);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(QModelIndex());
    QRect rect = cursorRect();
    rect.setLeft(0);
    rect.setWidth(width());
    m_completer->complete(rect);
}

void RecipientEdit::insertCompletion(const QString& completion)
{
    const auto [start, end] = currentSegment();
    QString value = text();
    const QString before = value.left(start);
    const QString prefix = before.isEmpty() || before.endsWith(u' ') ? QString() : u" "_s;
    value.replace(start, end - start, prefix + completion + u", "_s);
    setText(value);
    setCursorPosition(int(start + prefix.size() + completion.size() + 2));
    // A chosen completion is the user's edit as much as typing is (drafts listen to it).
    emit textEdited(value);
}

void RecipientEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        // Keys the popup acts on are left to the completer.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace hongyan
