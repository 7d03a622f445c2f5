#pragma once

#include <QString>

namespace concierge::domain {

// A pupil's status in the registry. The names ("inscrit", ...) exist only at the edges (registry rows, texts).
enum class PupilStatus { Enrolled, Completed, Suspended, Other };

PupilStatus pupilStatusFromName(const QString &name); // "inscrit" | "terminé" | "suspendu"; Other for anything else
// Enrolled and completed pupils get certificates; a suspended pupil (or an unknown status) does not.
bool certificateAllowed(PupilStatus status);

} // namespace concierge::domain
