#pragma once

#include "addresslist.h"
#include "messageerror.h"

#include <QLineEdit>
#include <QTimer>

#include <optional>

class QCompleter;
class QStringListModel;

namespace hongyan {

// A To / Cc / Bcc field: a list of addresses as people type or paste them (one per line,
// or separated by commas or semicolons), checked with the engine's RFC 5322 parser as the
// user types. A bad part is marked clearly (tinted field, tooltip naming the bad part)
// shortly after typing pauses and at once when the field loses focus. Addresses used
// before complete the address being typed, matching any part of name or address.
class RecipientEdit : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int MarkDelayMs = 600;

    explicit RecipientEdit(QWidget* parent = nullptr);

    // The header name used in error messages ("To", "Cc", "Bcc").
    void setFieldName(const QString& name) { m_fieldName = name; }
    void setCompletionAddresses(const QStringList& addresses);

    // Empty input is valid and has no addresses.
    bool isValid() const { return !m_error.isError(); }
    // The error is shown (typing paused, or the field was left).
    bool isMarkedInvalid() const { return m_marked; }
    smtp::MessageError error() const { return m_error; }
    std::optional<smtp::AddressList> addresses() const;
    // Shows the current error (if any) now, without waiting for a pause.
    void markNow();

signals:
    // The field became valid or invalid (as marked, not as typed).
    void markedChanged(bool invalid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onTextChanged(const QString& text);
    void validate();
    void applyMark();
    // [start, end) of the address under the cursor, between separators outside quotes.
    std::pair<int, int> currentSegment() const;
    void updateCompletion();
    void insertCompletion(const QString& completion);

    QString m_fieldName;
    smtp::MessageError m_error;
    bool m_marked = false;
    bool m_normalizing = false;
    bool m_colouring = false; // applyMark() is setting the palette
    QTimer m_markTimer;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completionModel = nullptr;
};

} // namespace hongyan
