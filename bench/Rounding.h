#pragma once

#include <QElapsedTimer>

#include <cmath>

namespace kith::bench {

// Figures go into the JSON with as many decimals as the measurement can stand behind.
inline double rounded(double value, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Milliseconds since `timer` started, to the hundredth.
inline double elapsedMs(const QElapsedTimer &timer)
{
    return rounded(double(timer.nsecsElapsed()) / 1e6);
}

} // namespace kith::bench
