"""The learning part of the API description: the course catalogue and the skills framework's versions."""

def add(doc, ref, ok, json_body, errors, CODE, secured):
    S = doc["components"]["schemas"]
    string, integer, number, boolean = {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"}
    uuid = {"type": "string", "format": "uuid"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    def array(item): return {"type": "array", "items": item}
    group = {"type": "string", "enum": ["official", "student", "worker", "citizen"]}
    S.update({
        "Course": obj(["id", "platform", "key", "title", "basicFor", "domains", "needsReview"], {
            "id": uuid, "platform": {**string, "description": "Tên nền tảng, ví dụ binhdanhocvuso.gov.vn"},
            "key": {**string, "description": "Mã khóa học của nền tảng (course-v1:…), hoặc \"title:\" + tên đã bỏ dấu khi tệp không có mã"},
            "title": string,
            "basicFor": {**array(group), "description": "Các nhóm đối tượng mà hoàn thành khóa học được tính là có kỹ năng số cơ bản"},
            "domains": {**array(string), "description": "Khóa các lĩnh vực của khung đánh giá mà khóa học dạy"},
            "needsReview": {**boolean, "description": "Tìm thấy trong tệp nhập, chưa được phân loại"}}),
        "Courses": obj(["items"], {"items": array(ref("Course"))}),
        "FrameworkVersion": obj(["id", "key", "version", "title", "status", "current", "createdAt", "createdBy"], {
            "id": uuid, "key": string, "version": integer, "title": string,
            "status": {"type": "string", "enum": ["draft", "published"]},
            "current": {**boolean, "description": "Phiên bản mà bài đánh giá mới dùng (bản ban hành gần nhất)"},
            "createdAt": {"type": "string", "format": "date-time"}, "createdBy": string,
            "publishedAt": {"type": "string", "format": "date-time"}}),
        "FrameworkVersions": obj(["items"], {"items": array(ref("FrameworkVersion"))}),
        "AssessmentItem": obj(["id", "competence", "kind", "prompt", "answer", "explanation"], {
            "id": string, "competence": string, "kind": {"type": "string", "enum": ["single", "truefalse"]},
            "prompt": string, "options": {**array(string), "description": "2 đến 6 lựa chọn (câu chọn một đáp án)"},
            "answer": {"oneOf": [integer, boolean], "description": "Số thứ tự (từ 0) của lựa chọn đúng, hoặc true/false"},
            "explanation": string}),
        "SkillsFramework": obj(["key", "version", "title", "basis", "passRule", "domains", "groups"], {
            "key": string, "version": integer, "title": string, "basis": string,
            "passRule": obj(["overall", "perDomain"], {
                "overall": {**number, "minimum": 0, "maximum": 1, "description": "Tỷ lệ câu đúng cần đạt (0,7 = 70%)"},
                "perDomain": {**number, "minimum": 0, "maximum": 1, "description": "Tỷ lệ tối thiểu trong mỗi lĩnh vực"}}),
            "domains": array(obj(["key", "title"], {"key": string, "title": string})),
            "groups": array(obj(["targetGroup", "title", "competences", "items"], {
                "targetGroup": group, "title": string,
                "competences": array(obj(["key", "domain", "title"], {"key": string, "domain": string, "title": string})),
                "items": array(ref("AssessmentItem"))}))}),
    })
    S["FrameworkVersionDetail"] = {"allOf": [ref("FrameworkVersion"), obj(["content"], {"content": ref("SkillsFramework")})]}
    FRAMEWORK = {"name": "framework", "in": "path", "required": True, "schema": uuid, "description": "Mã phiên bản khung"}
    doc["paths"].update({
        "/api/v1/courses": {"get": {"summary": "Danh mục khóa học: nhóm đối tượng được tính là cơ bản, lĩnh vực dạy",
            "security": secured, "responses": {"200": ok("Các khóa học", ref("Courses")), **errors(401, 403)}}},
        "/api/v1/frameworks": {"get": {"summary": "Các phiên bản của khung đánh giá kỹ năng số, phiên bản đang dùng",
            "security": secured, "responses": {"200": ok("Các phiên bản", ref("FrameworkVersions")), **errors(401, 403)}}},
        "/api/v1/frameworks/{framework}": {"get": {"summary": "Một phiên bản của khung đánh giá với toàn bộ nội dung (lĩnh vực, năng lực, câu hỏi, đáp án)",
            "security": secured, "parameters": [FRAMEWORK],
            "responses": {"200": ok("Phiên bản và nội dung", ref("FrameworkVersionDetail")), **errors(401, 403, 404)}}},
    })


def add_records(doc, ref, ok, json_body, errors, CODE, secured):
    """Learning imports and their review queue, assessment attempts, certificates and their public verification."""
    S = doc["components"]["schemas"]
    string, integer, number, boolean = {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"}
    date = {"type": "string", "format": "date"}
    instant = {"type": "string", "format": "date-time"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    def array(item): return {"type": "array", "items": item}
    def page(item): return obj(["total", "items"], {"total": integer, "items": array(item)})
    group = {"type": "string", "enum": ["official", "student", "worker", "citizen"]}
    S.update({
        "LearningImportSummary": obj(["rows", "created", "updated", "unchanged", "queued", "linkedEarlier", "newCourses", "newlySkilled"], {
            "rows": {**integer, "description": "Số dòng đã đọc"},
            "created": {**integer, "description": "Kết quả học mới"},
            "updated": {**integer, "description": "Kết quả được cập nhật (ví dụ: nay đã hoàn thành)"},
            "unchanged": {**integer, "description": "Kết quả không đổi (nhập lại cùng tệp)"},
            "queued": {**integer, "description": "Dòng chờ đối chiếu (không tìm thấy hoặc trùng nhiều người)"},
            "linkedEarlier": {**integer, "description": "Dòng đi theo cư dân cán bộ đã gắn ở lần nhập trước"},
            "newCourses": {**array(string), "description": "Khóa học lần đầu thấy, cần phân loại"},
            "newlySkilled": {**integer, "description": "Cư dân nay được tính là có kỹ năng số cơ bản"}}),
        "LearningReview": obj(["id", "row", "reason", "fullName", "courseId", "status", "candidates"], {
            "id": string, "row": integer, "reason": {"type": "string", "enum": ["none", "several"]}, "fullName": string,
            "birth": {**string, "description": "Ngày sinh (YYYY-MM-DD) hoặc năm sinh"}, "courseId": string,
            "status": {"type": "string", "enum": ["enrolled", "completed"]}, "candidates": array(string)}),
        "LearningReviews": page(ref("LearningReview")),
        "AssessmentAttempt": obj(["id", "fullName", "targetGroup", "mode", "startedAt"], {
            "id": string, "fullName": string, "targetGroup": group, "mode": {"type": "string", "enum": ["self", "assisted"]},
            "assistedBy": string, "startedAt": instant, "submittedAt": instant, "correct": integer, "total": integer,
            "passed": boolean, "certificateCode": string}),
        "AssessmentAttempts": page(ref("AssessmentAttempt")),
        "Certificate": obj(["code", "fullName", "targetGroup", "issuedOn", "scorePercent", "frameworkVersion", "communeCode", "valid"], {
            "code": {**string, "example": "HV-7K3Q-9XW2-M"}, "fullName": string, "targetGroup": group, "issuedOn": date,
            "scorePercent": integer, "frameworkVersion": integer, "communeCode": string, "valid": boolean,
            "revokedAt": instant, "revokeReason": string}),
        "Certificates": page(ref("Certificate")),
        "CertificateVerification": obj(["valid", "code", "holder", "targetGroup", "issuedOn", "issuer", "frameworkVersion", "revoked"], {
            "valid": boolean, "code": string, "holder": {**string, "description": "Họ tên đã che (chữ cái đầu và tên)"},
            "targetGroup": string, "targetGroupLabel": string, "issuedOn": date, "issuer": string, "issuerCode": string,
            "frameworkVersion": integer, "revoked": boolean, "revokedOn": date}),
        "RevokeRequest": obj(["reason"], {"reason": {**string, "minLength": 5, "maxLength": 500}}),
    })
    CERT = {"name": "cert", "in": "path", "required": True, "schema": string, "description": "Mã chứng nhận, ví dụ HV-7K3Q-9XW2-M"}
    PAGE = [{"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {"name": "per", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}]
    doc["paths"].update({
        "/api/v1/units/{code}/learning/import": {"post": {
            "summary": "Nhập kết quả học từ tệp của nền tảng học trực tuyến (CSV hoặc XLSX): đối chiếu học viên với cư dân, dòng không khớp chờ xử lý",
            "security": secured, "parameters": [CODE,
                {"name": "platform", "in": "query", "required": True, "schema": string, "description": "Ví dụ binhdanhocvuso.gov.vn"},
                {"name": "filename", "in": "query", "schema": string}, {"name": "dryRun", "in": "query", "schema": boolean}],
            "requestBody": {"required": True, "content": {"text/csv": {"schema": string},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
            "responses": {"200": ok("Kiểm tra thử: không lưu gì", ref("LearningImportSummary")),
                          "201": ok("Đã nhập", ref("LearningImportSummary")), **errors(400, 401, 403, 404, 413, 422)}}},
        "/api/v1/units/{code}/learning/reviews": {"get": {"summary": "Các dòng kết quả học chờ đối chiếu với cư dân",
            "security": secured, "parameters": [CODE, *PAGE],
            "responses": {"200": ok("Một trang dòng chờ", ref("LearningReviews")), **errors(400, 401, 403, 404)}}},
        "/api/v1/units/{code}/assessments": {"get": {"summary": "Các bài đánh giá kỹ năng số đã làm trong xã (hoặc thôn)",
            "security": secured, "parameters": [CODE, *PAGE],
            "responses": {"200": ok("Một trang bài làm", ref("AssessmentAttempts")), **errors(400, 401, 403, 404, 422)}}},
        "/api/v1/units/{code}/certificates": {"get": {"summary": "Các chứng nhận kỹ năng số đã cấp trong đơn vị",
            "security": secured, "parameters": [CODE, *PAGE],
            "responses": {"200": ok("Một trang chứng nhận", ref("Certificates")), **errors(400, 401, 403, 404)}}},
        "/api/v1/units/{code}/certificates/{cert}/revoke": {"post": {"summary": "Thu hồi một chứng nhận, có lý do",
            "security": secured, "parameters": [CODE, CERT], "requestBody": {"required": True, **json_body(ref("RevokeRequest"))},
            "responses": {"200": ok("Chứng nhận sau khi thu hồi", ref("Certificate")), **errors(400, 401, 403, 404, 409, 422)}}},
        "/api/v1/certificates/{cert}/verify": {"get": {"summary": "Xác minh chứng nhận (công khai, không cần đăng nhập)",
            "security": [], "parameters": [CERT],
            "responses": {"200": ok("Kết quả xác minh", ref("CertificateVerification")), **errors(404, 422)}}},
    })
