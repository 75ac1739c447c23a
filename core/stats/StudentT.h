#pragma once

namespace qadesk {

// Student's t distribution, for confidence intervals of period means and the significance of trend slopes.
// The CDF goes through the regularized incomplete beta function (Numerical Recipes, 3rd ed., §6.4: continued
// fraction by the modified Lentz method), accurate to about 1e-10 — far beyond what a QA decision needs.
class StudentT final {
public:
    static double cdf(double t, double degreesOfFreedom); // P(T <= t)
    static double twoSidedP(double t, double degreesOfFreedom); // P(|T| >= |t|)
    static double quantile(double p, double degreesOfFreedom); // t with cdf(t) = p, 0 < p < 1 (bisection on cdf)
    static double regularizedIncompleteBeta(double a, double b, double x); // I_x(a, b), 0 <= x <= 1
};

} // namespace qadesk
