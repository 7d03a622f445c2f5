#include "domain/PupilStatus.h"

namespace concierge::domain {

PupilStatus pupilStatusFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"inscrit" || key == u"inscrite")
        return PupilStatus::Enrolled;
    if (key == u"terminé" || key == u"termine" || key == u"terminée")
        return PupilStatus::Completed;
    if (key == u"suspendu" || key == u"suspendue")
        return PupilStatus::Suspended;
    return PupilStatus::Other;
}

bool certificateAllowed(PupilStatus status)
{
    return status == PupilStatus::Enrolled || status == PupilStatus::Completed;
}

} // namespace concierge::domain
