#include "phase.h"

namespace smtp {

QString phaseName(Phase phase)
{
    const char* key = QMetaEnum::fromType<Phase>().valueToKey(int(phase));
    QString name;
    for (const char* c = key; c && *c; ++c) {
        const QChar letter = QLatin1Char(*c);
        if (letter.isUpper() && c != key)
            name += u'-';
        name += letter.toLower();
    }
    return name;
}

std::optional<Phase> phaseFromName(QStringView name)
{
    const QMetaEnum phases = QMetaEnum::fromType<Phase>();
    for (int i = 0; i < phases.keyCount(); ++i) {
        const auto phase = Phase(phases.value(i));
        if (phaseName(phase) == name)
            return phase;
    }
    return std::nullopt;
}

} // namespace smtp
