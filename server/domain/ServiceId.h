#pragma once

#include <QList>
#include <QString>

namespace concierge::domain {

// The services a message can be routed to. Names ("renseignement", ...) exist only at the edges: storage, JSON, and
// the LLM's tool enum.
enum class ServiceId { Renseignement, Catechese, ContactHumain, Unknown };

QString serviceName(ServiceId service);         // "renseignement" | "catechese" | "contact_humain" | ""
ServiceId serviceFromName(const QString &name); // Unknown for anything else
// Every service id but Unknown, in declaration order (the catalog accepts exactly these names).
QList<ServiceId> knownServices();

} // namespace concierge::domain
