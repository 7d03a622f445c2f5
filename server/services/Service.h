#pragma once

#include "domain/Routing.h"
#include "domain/ServiceId.h"
#include "domain/Session.h"
#include "domain/WeightedKeyword.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace concierge::services {

class ServiceCatalog;

// A service's request that a person take the conversation over (the pipeline queues it in the same transaction as
// the reply).
struct HandoffRequest
{
    QString reason;
    bool urgent = false; // reserved: consoles may show it first
};

// One message handed to a service, once the assistant has decided it is that service's. The service answers
// through `done` and may change the turn on the way (its flow, the session's entities, the routing's intent).
struct ServiceTurn
{
    QString text;                            // the user's message
    QString language;                        // the language to answer in
    domain::RoutingResult routing;           // the decision; a service may refine its intent and entities
    domain::Session session;                 // the conversation: a service starts or ends its flow here
    const ServiceCatalog *catalog = nullptr; // the configuration in force for this message (texts, prompts)
    bool llmAvailable = true;                // false when routing just failed on the LLM: do not wait on it twice
    domain::LlmUsage usage;                  // add what the service spends
    bool byLlm = false;                      // the answer was written by the LLM
    std::optional<HandoffRequest> handoff;   // set by a service that hands the conversation to a person
};

// A service of the assistant (one folder under services/, one line in the registry). The assistant owns the flow,
// the menu and intent analysis; a service only answers the messages routed to it.
class Service
{
public:
    using Done = std::function<void(QString reply)>;

    Service() = default;
    virtual ~Service() = default;
    Service(const Service &) = delete;
    Service &operator=(const Service &) = delete;

    virtual domain::ServiceId id() const = 0;
    // One English line on what the service is for: the LLM reads it in its routing prompt, next to the service's
    // name in the tool's enum. (The menu line shown to users is a text of services.json: "menu" of "system".)
    virtual QString description() const = 0;
    // True when the service asks a question and takes the chat's next message as its answer (it owns a flow).
    virtual bool waitsForAnswer() const { return false; }
    // Its routing keywords: by default the catalog's (services.json defaults, overridden from the database).
    virtual QList<domain::WeightedKeyword> keywords(const ServiceCatalog &catalog) const;
    // True when the service's current step (in the session) asked the user to choose by number and `number` is one
    // of the choices: then it is the flow's answer, not an entry of the main menu.
    virtual bool takesNumber(const domain::Session &, int number) const { return false; }
    // Entities that alone route a message here, whatever its words (the offline router extracts "parent_code").
    virtual QStringList decisiveEntities() const { return {}; }
    // Answers one message: `done` runs once with the reply (never empty), later or at once, unless `context` is
    // destroyed first.
    virtual void handle(std::shared_ptr<ServiceTurn> turn, QObject *context, Done done) = 0;
};

} // namespace concierge::services
