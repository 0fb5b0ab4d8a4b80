// Renders the scalable icon to the PNG sizes the hicolor theme wants, at build time, so only the
// SVG is kept in the source tree. Usage: carbonlabel-iconrender ICON.svg OUT.png SIZE
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: carbonlabel-iconrender ICON.svg OUT.png SIZE\n");
        return 2;
    }
    QSvgRenderer svg{QString::fromLocal8Bit(argv[1])};
    const int size = QByteArray(argv[3]).toInt();
    if (!svg.isValid() || size <= 0) {
        std::fprintf(stderr, "carbonlabel-iconrender: cannot read %s or bad size %s\n", argv[1],
                     argv[3]);
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[2]), "PNG")) {
        std::fprintf(stderr, "carbonlabel-iconrender: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
