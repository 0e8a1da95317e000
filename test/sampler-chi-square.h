// Pearson's chi-square goodness-of-fit test for the sampler suites: the statistic of observed counts
// against expected probabilities, and the critical value at a given p for its degrees of freedom,
// computed here (regularized upper incomplete gamma, then bisection) rather than read from a table.
#ifndef SMAX_TEST_SAMPLER_CHI_SQUARE_H_
#define SMAX_TEST_SAMPLER_CHI_SQUARE_H_

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace smax_test {

// Q(a, x) = Gamma(a, x) / Gamma(a): a power series for P = 1 - Q below x = a + 1, Lentz's continued
// fraction for Q above it (each converges fast on its side).
inline double RegularizedUpperGamma(double a, double x) {
  if (x <= 0.0) {
    return 1.0;
  }
  const double log_prefactor = -x + a * std::log(x) - std::lgamma(a);
  if (x < a + 1.0) {
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 10000 && std::fabs(term) > 1e-17 * std::fabs(sum); n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1.0 - sum * std::exp(log_prefactor);
  }
  const double tiny = 1e-300;
  double b = x + 1.0 - a;
  double c = 1.0 / tiny;
  double d = 1.0 / b;
  double h = d;
  for (int i = 1; i < 10000; i++) {
    const double an = -i * (i - a);
    b += 2.0;
    d = an * d + b;
    d = std::fabs(d) < tiny ? tiny : d;
    c = b + an / c;
    c = std::fabs(c) < tiny ? tiny : c;
    d = 1.0 / d;
    const double delta = d * c;
    h *= delta;
    if (std::fabs(delta - 1.0) < 1e-16) {
      break;
    }
  }
  return std::exp(log_prefactor) * h;
}

// The x with P(chi2_df > x) = p: the statistic a correct sampler exceeds with probability p.
inline double ChiSquareCriticalValue(double degrees_of_freedom, double p) {
  double low = 0.0;
  double high = degrees_of_freedom + 100.0 * std::sqrt(degrees_of_freedom + 1.0) + 100.0;
  for (int i = 0; i < 200; i++) {
    const double middle = 0.5 * (low + high);
    if (RegularizedUpperGamma(0.5 * degrees_of_freedom, 0.5 * middle) > p) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return 0.5 * (low + high);
}

// sum (observed - expected)^2 / expected over the categories, expected = probability * draws. A count in
// a category of probability 0 makes it +inf: such a draw is impossible, not merely unlikely.
inline double ChiSquareStatistic(const std::vector<uint64_t>& observed, const std::vector<double>& probabilities) {
  uint64_t draws = 0;
  for (uint64_t count : observed) {
    draws += count;
  }
  double statistic = 0.0;
  for (size_t i = 0; i < observed.size(); i++) {
    const double expected = probabilities[i] * static_cast<double>(draws);
    if (expected == 0.0) {
      statistic += observed[i] == 0 ? 0.0 : INFINITY;
      continue;
    }
    const double difference = static_cast<double>(observed[i]) - expected;
    statistic += difference * difference / expected;
  }
  return statistic;
}

}  // namespace smax_test

#endif  // SMAX_TEST_SAMPLER_CHI_SQUARE_H_
