#pragma once

#include <QList>

#include <cmath>
#include <cstdint>
#include <random>

namespace qadesk {

// Random numbers that are the same on every platform and library version for a seed: the engine is
// std::mt19937_64 (fully specified by the standard) and every distribution is written out here, because the
// standard library's distributions may differ between implementations.
class SeededRandom final {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high) { return low + int(m_engine() % std::uint64_t(high - low + 1)); } // inclusive
    bool chance(double probability) { return uniform() < probability; }
    double normal(double mean, double stddev)
    {
        // Box-Muller; 1 - uniform() keeps the logarithm's argument in (0, 1].
        const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
        return mean + stddev * radius * std::cos(2.0 * M_PI * uniform());
    }
    template <typename T> const T& pick(const QList<T>& values) { return values.at(integer(0, int(values.size()) - 1)); }
    std::uint64_t next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

} // namespace qadesk
