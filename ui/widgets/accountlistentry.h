#pragma once

#include <QString>

namespace hongyan {

// One row of the accounts list: what AccountsDialog shows, given by its controller.
struct AccountListEntry
{
    QString id;
    QString name;
    QString address;
    QString server; // "smtp.163.com:465"
    bool isDefault = false;
};

} // namespace hongyan
