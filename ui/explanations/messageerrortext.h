#pragma once

#include "messageerror.h"

#include <QCoreApplication>
#include <QString>

namespace hongyan {

// A message-input error (bad address, unreadable attachment, ...) in the user's language,
// naming the field and the offending text. Shared by the GUI and hongyan-cli.
class MessageErrorText
{
    Q_DECLARE_TR_FUNCTIONS(MessageErrorText)

public:
    static QString describe(const smtp::MessageError& error);
};

} // namespace hongyan
