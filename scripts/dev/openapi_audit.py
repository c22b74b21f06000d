"""The personal-data access log for auditors: search, and the hash chain's verification."""

ACTIONS = ["view", "list", "create", "update", "delete", "import", "export", "audit"]


def add(doc, ref, ok, json_body, errors, CODE, secured):
    S = doc["components"]["schemas"]
    string, integer, boolean = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
    instant = {"type": "string", "format": "date-time"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    def array(item): return {"type": "array", "items": item}
    S.update({
        "AccessLogEntry": obj(["seq", "at", "username", "action", "client"], {
            "seq": {**integer, "description": "Số thứ tự trong chuỗi (có thể nhảy số, không phải dấu hiệu bị xóa)"},
            "at": instant, "username": {**string, "description": "Tài khoản đã đọc hoặc thay đổi dữ liệu"},
            "action": {"type": "string", "enum": ACTIONS,
                       "description": "view xem chi tiết, list xem danh sách, create thêm, update sửa, delete xóa, import nhập, "
                                      "export xuất, audit tra cứu nhật ký này"},
            "subject": {**string, "description": "Mã nhân khẩu (hoặc mã bản ghi) có dữ liệu được xử lý"},
            "unitCode": string, "unitName": string,
            "client": {**string, "description": "Truy cập từ đâu: địa chỉ IP, hoặc \"cli\" cho dòng lệnh"},
            "detail": string}),
        "AccessLogChain": obj(["intact", "checked", "headSeq", "message", "checkedAt"], {
            "intact": {**boolean, "description": "Không lượt ghi nào bị sửa hay xóa"},
            "checked": {**integer, "description": "Số lượt ghi đã kiểm tra mã băm và liên kết"},
            "headSeq": {**integer, "description": "Lượt ghi cuối mà đầu chuỗi (access_log_head) ghi nhận"},
            "problem": obj(["kind"], {
                "kind": {"type": "string", "enum": ["edited", "deleted", "tail-deleted", "head-missing"]},
                "seq": {**integer, "description": "Lượt ghi đầu tiên bị phá vỡ (tail-deleted: lượt cuối còn lại)"},
                "previousSeq": {**integer, "description": "deleted: lượt ghi đứng trước chỗ bị xóa"}}),
            "message": {**string, "description": "Kết quả bằng tiếng Việt"},
            "checkedAt": instant}),
        "AccessLogPage": obj(["total", "page", "per", "items", "chain"], {
            "total": integer, "page": integer, "per": integer, "items": array(ref("AccessLogEntry")),
            "chain": {**ref("AccessLogChain"), "description": "Kết quả kiểm tra chuỗi gần nhất (dùng lại tối đa 60 giây)"}}),
    })
    def q(name, schema, description):
        return {"name": name, "in": "query", "schema": schema, "description": description}
    doc["paths"].update({
        "/api/v1/audit": {
            "get": {"summary": "Tra cứu nhật ký truy cập dữ liệu cá nhân trong phạm vi của tài khoản, mới nhất trước "
                               "(quyền readAccessLog; lần tra cứu cũng được ghi vào nhật ký)",
                    "security": secured, "parameters": [
                        q("username", {**string, "maxLength": 100}, "Tài khoản đã truy cập"),
                        q("subject", {**string, "maxLength": 100}, "Mã nhân khẩu"),
                        q("action", {"type": "string", "enum": ACTIONS}, "Thao tác"),
                        q("unit", string, "Mã đơn vị trong phạm vi; gồm cả các đơn vị trực thuộc"),
                        q("from", string, "Từ ngày (dd/mm/yyyy hoặc YYYY-MM-DD, giờ Việt Nam)"),
                        q("to", string, "Đến ngày, tính cả ngày này"),
                        q("page", {**integer, "minimum": 1}, "Trang"),
                        q("per", {**integer, "minimum": 1, "maximum": 200}, "Số lượt ghi mỗi trang (mặc định 50)")],
                    "responses": {"200": ok("Một trang nhật ký", ref("AccessLogPage")), **errors(400, 401, 403, 422)}}},
        "/api/v1/audit/verify": {
            "get": {"summary": "Kiểm tra ngay chuỗi mã băm của nhật ký: lượt ghi đầu tiên bị sửa hoặc xóa",
                    "security": secured,
                    "responses": {"200": ok("Kết quả kiểm tra", ref("AccessLogChain")), **errors(401, 403)}}},
    })
