#include "pipeline/FloodMode.h"

#include <algorithm>

namespace concierge::pipeline {

int FloodMode::concurrencyAfter(int accepted, int maxConcurrent)
{
    if (accepted <= kBurstPerTick) {
        m_floodTicks = 0;
        return maxConcurrent;
    }
    ++m_floodTicks;
    if (m_floodTicks % kTrickleEvery == 0)
        return std::min(kTrickleConcurrency, maxConcurrent);
    return 0;
}

} // namespace concierge::pipeline
