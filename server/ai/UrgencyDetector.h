#pragma once

#include <QString>
#include <QStringList>

namespace concierge::ai {

// Recognises urgent pastoral needs — a death, someone dying, the anointing of the sick, a hospital asking for a
// priest, a funeral to arrange, an emergency — in French, English and Wolof, so that they always reach a person
// first, at any hour, whatever the LLM would say. Rules over the message's normalized tokens, not keywords with
// weights: a parish would rather have a false alarm than a grieving family answered from the FAQ. A past death in a
// request for a Mass intention ("une messe pour mon père décédé l'an dernier") is not urgent.
class UrgencyDetector
{
public:
    // The tokens of TextNormalizer::tokens(); empty when nothing urgent, else why (for the handoff's reason):
    // "deces", "fin_de_vie", "malade_hopital", "obseques", "urgence".
    static QString reason(const QStringList &tokens);
    static bool isUrgent(const QStringList &tokens) { return !reason(tokens).isEmpty(); }
};

} // namespace concierge::ai
