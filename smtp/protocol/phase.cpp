#include "phase.h"

#include "enumnames.h"

namespace smtp {

QString phaseName(Phase phase)
{
    return stableName(phase);
}

std::optional<Phase> phaseFromName(QStringView name)
{
    return fromStableName<Phase>(name);
}

} // namespace smtp
