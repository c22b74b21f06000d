"""The document register of a unit (sổ đăng ký văn bản đi/đến): list, register, next free number."""

TYPES = ["kh", "qd", "bc", "cv", "tb", "tt", "gm", "hd", "ct", "other"]


def add(doc, ref, ok, json_body, errors, CODE, secured):
    S = doc["components"]["schemas"]
    string, integer, boolean = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
    date = {"type": "string", "format": "date"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    def array(item): return {"type": "array", "items": item}
    direction = {"type": "string", "enum": ["issued", "received"],
                 "description": "issued: văn bản đi (đơn vị ban hành); received: văn bản đến"}
    doctype = {"type": "string", "enum": TYPES,
               "description": "kh Kế hoạch (KH), qd Quyết định (QĐ), bc Báo cáo (BC), cv Công văn (ký hiệu không có phần loại: "
                              "444/UBND-VHXH), tb Thông báo (TB), tt Tờ trình (TTr), gm Giấy mời (GM), hd Hướng dẫn (HD), "
                              "ct Chỉ thị (CT), other loại khác"}
    S.update({
        "OfficialDocument": obj(["id", "unitCode", "direction", "type", "number", "symbol", "numberText", "issuedOn", "summary", "hasFile"], {
            "id": {"type": "string", "format": "uuid"}, "unitCode": string, "direction": direction, "type": doctype,
            "number": {**integer, "minimum": 1, "maximum": 99999, "description": "Số văn bản; đánh lại từ 1 mỗi năm"},
            "symbol": {**string, "description": "Ký hiệu, ví dụ KH-UBND, UBND-VHXH, SKHCN-TTTT"},
            "numberText": {**string, "description": "Số, ký hiệu: 41/KH-UBND"},
            "issuedOn": date, "summary": {**string, "description": "Trích yếu, ví dụ \"về việc triển khai …\""},
            "signer": {**string, "description": "Người ký (văn bản đi)"},
            "issuer": {**string, "description": "Nơi ban hành (văn bản đến)"},
            "hasFile": {**boolean, "description": "Có tệp đính kèm (tải ở trang sổ văn bản)"},
            "attachmentName": string}),
        "OfficialDocuments": obj(["total", "items"], {"total": integer, "items": array(ref("OfficialDocument"))}),
        "OfficialDocumentInput": obj(["issuedOn", "summary"], {
            "direction": {**direction, "default": "issued"},
            "type": {**doctype, "description": "Loại văn bản; bỏ trống thì đọc từ ký hiệu (ký hiệu không mở đầu bằng loại là công văn)"},
            "number": {**integer, "minimum": 1, "maximum": 99999,
                       "description": "Bỏ trống với văn bản đi thì lấy số tiếp theo của loại văn bản trong năm"},
            "symbol": {**string, "description": "Bỏ trống thì dùng ký hiệu mặc định: <LOẠI>-UBND, công văn UBND-VHXH (cấp tỉnh: SKHCN)"},
            "numberText": {**string, "description": "Thay cho number và symbol: \"41/KH-UBND\", \"968/QD-UBND\" (QD được hiểu là QĐ)"},
            "issuedOn": {**string, "description": "YYYY-MM-DD hoặc dd/mm/yyyy; không ở tương lai, không trước năm 2000"},
            "summary": {**string, "minLength": 5, "maxLength": 500, "description": "Trích yếu; không chứa < hoặc >"},
            "signer": {**string, "maxLength": 100}, "issuer": {**string, "maxLength": 200, "description": "Bắt buộc với văn bản đến"}}),
        "NextDocumentNumber": obj(["number", "numberText", "symbol", "year"], {
            "number": integer, "numberText": {**string, "description": "Ví dụ 42/KH-UBND"}, "symbol": string, "year": integer}),
    })
    DIRECTION = {"name": "direction", "in": "query", "schema": direction, "description": "Bỏ trống: cả văn bản đi và đến"}
    YEAR = {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2000}}
    PAGE = [{"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {"name": "per", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}]
    doc["paths"].update({
        "/api/v1/units/{code}/documents": {
            "get": {"summary": "Sổ đăng ký văn bản đi/đến của xã hoặc tỉnh (thôn: sổ của xã), mới nhất trước",
                    "security": secured, "parameters": [CODE, DIRECTION, YEAR, *PAGE],
                    "responses": {"200": ok("Một trang sổ văn bản", ref("OfficialDocuments")), **errors(400, 401, 403, 404)}},
            "post": {"summary": "Vào sổ một văn bản (không kèm tệp; tệp đính kèm tải lên ở trang sổ văn bản)",
                     "security": secured, "parameters": [CODE],
                     "requestBody": {"required": True, **json_body(ref("OfficialDocumentInput"))},
                     "responses": {"201": ok("Văn bản đã vào sổ", ref("OfficialDocument")),
                                   **errors(400, 401, 403, 404, 409, 422)}}},
        "/api/v1/units/{code}/documents/next-number": {
            "get": {"summary": "Số tiếp theo của văn bản đi theo loại và năm (số đánh lại từ 1 mỗi năm)",
                    "security": secured,
                    "parameters": [CODE, {"name": "type", "in": "query", "schema": {**doctype, "default": "kh"}}, YEAR],
                    "responses": {"200": ok("Số tiếp theo", ref("NextDocumentNumber")), **errors(400, 401, 403, 404)}}},
    })


def add_reports(doc, ref, ok, json_body, errors, CODE, secured):
    """Report requests from the province and the communes' reports with their history."""
    S = doc["components"]["schemas"]
    string, integer, number, boolean = {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"}
    date = {"type": "string", "format": "date"}
    instant = {"type": "string", "format": "date-time"}
    uuid = {"type": "string", "format": "uuid"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    def array(item): return {"type": "array", "items": item}
    S.update({
        "ReportRequest": obj(["id", "provinceCode", "documentNumber", "documentDate", "issuer", "subject", "periodFrom", "periodTo",
                              "deadline", "communes"], {
            "id": uuid, "provinceCode": string, "documentNumber": {**string, "example": "1885/SKHCN-TTTT"}, "documentDate": date,
            "issuer": string, "subject": string, "periodFrom": date, "periodTo": date, "deadline": date, "communes": array(string)}),
        "ReportRequests": obj(["items"], {"items": array(ref("ReportRequest"))}),
        "ReportRequestInput": obj(["documentNumber", "documentDate", "issuer", "subject", "periodFrom", "periodTo", "deadline", "communes"], {
            "documentNumber": string, "documentDate": date, "issuer": string, "subject": string, "periodFrom": date,
            "periodTo": date, "deadline": {**date, "description": "Không trước ngày văn bản"}, "communes": array(string)}),
        "ReportRequestStatus": obj(["request", "statuses", "sent", "onTime"], {
            "request": ref("ReportRequest"),
            "statuses": array(obj(["communeCode", "name", "progress"], {
                "communeCode": string, "name": string,
                "progress": {"type": "string", "enum": ["not-started", "draft", "submitted-on-time", "submitted-late", "returned", "accepted"]},
                "reportId": uuid, "number": string, "sentAt": instant})),
            "sent": integer, "onTime": integer, "onTimeRate": {**number, "description": "Tỷ lệ gửi đúng hạn trong số đã gửi (0–1)"}}),
        "CommuneReport": obj(["id", "requestId", "communeCode", "status", "signerName", "paragraphs", "figures", "history"], {
            "id": uuid, "requestId": uuid, "communeCode": string,
            "status": {"type": "string", "enum": ["draft", "awaiting-approval", "approved", "sent", "returned", "accepted"]},
            "number": {**string, "example": "308/BC-UBND"}, "reportDate": date, "sentAt": instant, "signerName": string,
            "paragraphs": array(obj(["key", "section", "kind", "text", "figureKeys", "edited"], {
                "key": string, "section": string, "kind": {"type": "string", "enum": ["paragraph", "bullet", "subheading"]},
                "text": string, "figureKeys": {**array(string), "description": "Số liệu lấy từ dữ liệu mà đoạn văn nêu"},
                "edited": {**boolean, "description": "Cán bộ đã sửa đoạn này"}})),
            "figures": {"type": "object", "description": "Số liệu của kỳ báo cáo, giữ cùng báo cáo"},
            "history": array(obj(["at", "actor", "action"], {"at": instant, "actor": string, "action": string, "comment": string}))}),
    })
    REQUEST = {"name": "request", "in": "path", "required": True, "schema": uuid}
    REPORT = {"name": "report", "in": "path", "required": True, "schema": uuid}
    doc["paths"].update({
        "/api/v1/units/{code}/report-requests": {
            "get": {"summary": "Yêu cầu báo cáo của tỉnh/thành phố, hoặc các yêu cầu gửi tới một xã", "security": secured,
                    "parameters": [CODE], "responses": {"200": ok("Các yêu cầu", ref("ReportRequests")), **errors(401, 403, 404, 422)}},
            "post": {"summary": "Sở gửi yêu cầu báo cáo tới các xã", "security": secured, "parameters": [CODE],
                     "requestBody": {"required": True, **json_body(ref("ReportRequestInput"))},
                     "responses": {"201": ok("Yêu cầu đã tạo", ref("ReportRequest")), **errors(400, 401, 403, 404, 422)}}},
        "/api/v1/report-requests/{request}": {"get": {"summary": "Một yêu cầu báo cáo và tình hình gửi của từng xã, tỷ lệ đúng hạn",
            "security": secured, "parameters": [REQUEST],
            "responses": {"200": ok("Yêu cầu và tình hình", ref("ReportRequestStatus")), **errors(401, 403, 404)}}},
        "/api/v1/reports/{report}": {"get": {"summary": "Một báo cáo của xã: nội dung, số liệu, số và ngày, lịch sử các bước",
            "security": secured, "parameters": [REPORT],
            "responses": {"200": ok("Báo cáo", ref("CommuneReport")), **errors(401, 403, 404)}}},
    })
