// NumberText: rounding to significant digits for bands, in the C and Chinese locales.
#include "core/base/numbertext.h"

#include <QTest>

using carbonlabel::NumberText;

class TestNumberText : public QObject
{
    Q_OBJECT

private slots:
    void rounded_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("significant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("3 digits, whole") << 195.1 << 3 << "195";
        QTest::newRow("rounds up") << 421.9 << 3 << "422";
        QTest::newRow("one decimal") << 38.84 << 3 << "38.8";
        QTest::newRow("small") << 0.012345 << 3 << "0.0123";
        // 13,260 to 3 digits: 13,300 (the hundreds rounded), no exponent.
        QTest::newRow("large") << 13260.0 << 3 << "13,300";
        QTest::newRow("thousands") << 4780.0 << 3 << "4,780";
        QTest::newRow("negative") << -27.94 << 2 << "-28";
        QTest::newRow("zero") << 0.0 << 3 << "0";
    }
    void rounded()
    {
        QFETCH(double, value);
        QFETCH(int, significant);
        QFETCH(QString, expected);
        QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(NumberText::rounded(value, significant, english), expected);
    }
};

QTEST_APPLESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
