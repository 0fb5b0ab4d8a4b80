#pragma once

#include <QtGlobal>

namespace carbonlabel::test {

// Whether a computed `a` equals the hand-worked `b` to `relative` (of |b|, or absolutely below
// 1): the results' JSON carries every digit, the hand working rounds at the 10th or so.
inline bool near(double a, double b, double relative = 1e-9)
{
    return qAbs(a - b) <= relative * qMax(1.0, qAbs(b));
}

} // namespace carbonlabel::test
