#pragma once

// A QTest data row written as one call, its tag then its values in the order of the columns:
// row("tag", a, b, c) is QTest::newRow("tag") << a << b << c. A C string is a QString, as it is
// for <<, so the column types stay those of the columns' addColumn<T>().

#include <QTest>

namespace carbonlabel::test {

template<typename... Values>
void row(const char *tag, Values... values)
{
    (QTest::newRow(tag) << ... << values);
}

} // namespace carbonlabel::test
