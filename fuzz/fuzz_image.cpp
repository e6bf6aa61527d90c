// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Evidence images on any bytes, as the app reads them: ImageIntegrity's walk of JPEG segments
// and PNG chunks, the dossier's thumbnail (report::Thumbnails) and the evidence viewer's decode
// (gui::EvidenceImageLoader), with Qt's image reader under the app's allocation limit
// (src/app/main.cpp). Qt's decoders themselves are Debian's, not instrumented: a bug inside
// them shows only when it touches the heap.
#include "FuzzSupport.h"

#include "evidence/ImageIntegrity.h"
#include "gui/evidence/EvidenceImageLoader.h"
#include "report/Thumbnails.h"

#include <QImageReader>

using namespace wc::core;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wc::fuzz::initQt();
    QImageReader::setAllocationLimit(256); // as src/app/main.cpp
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = wc::fuzz::bytes(data, size);
    (void)ImageIntegrity::check(input);
    (void)ImageIntegrity::checkJpeg(input);
    (void)ImageIntegrity::checkPng(input);
    (void)wc::report::Thumbnails::detectFormat(input);
    (void)wc::report::Thumbnails::make(input, QSize(200, 200));
    // A smaller budget than the viewer's keeps a fuzzed header from costing seconds per input;
    // the reduce-while-decoding path is the same.
    (void)wc::gui::EvidenceImageLoader::decode(input, 4'000'000);
    return 0;
}
