#pragma once
// Two states of a small project whose differences are worked out by hand, shared by the tests
// of the diff (test_diff_project.cpp) and of its report (test_report_diff.cpp).
#include <map>

#include "model/project.hpp"

namespace knp::test {

// Two states of a small town. Fields f1, f2; phases p1 < p2 < p3; goals g1 (f1), g2 (f2);
// all activities running unless said otherwise.
//
//  OLD                                          NEW
//          p1        p2        p3                        p1        p2          p3
//   f1   act1(A)     ·       act2(B)              f1   act1(A)   act4(A+B)     ·   (act2 finished)
//   f2   act3(C)   act3(C)     ·                  f2   act3(C)      ·        act3(C)
//   goals: act1, act2 → g1; act3 → g2              act4 → g1; act3 renamed, phases p1+p3
//   A ══coop-1══ C;  D (no activity)               B ══coop-2══ C;  D removed
//   indicators: i1 ↑ {2011: 10}                    i1 ↑ {2011: 10, 2012: 12}, target 20 by 2015
//               i2 ↓ {2012: 5}                     i2 ↓ {2012: 5, 2013: 7}
//               i3 neutral {2012: 1}               i3 neutral {2012: 1, 2013: 2}
struct TwoStates {
  Project before, after;
};

TwoStates twoStates();

// An indicator with id and name `id`, a direction and values by year.
Indicator indicator(const char* id, IndicatorDirection direction, std::map<int, double> values);

}  // namespace knp::test
