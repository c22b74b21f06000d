#ifndef HOCVUSO_CQRENCODE_SHIM_H
#define HOCVUSO_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
