#!/usr/bin/env python3
"""Writes Sources/HocVuSoWeb/Resources/static/openapi.json, the description of the JSON API.
Edit here and run `python3 scripts/dev/openapi.py`; the JSON file is what the server serves."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import openapi_activity
import openapi_learning
import openapi_documents
import openapi_audit

def ref(name): return {"$ref": f"#/components/schemas/{name}"}
def json_body(schema): return {"content": {"application/json": {"schema": schema}}}
def ok(desc, schema): return {"description": desc, **json_body(schema)}
ERR = {"description": "Lỗi (thông điệp tiếng Việt)", **json_body(ref("Error"))}
def errors(*codes): return {str(c): ERR for c in codes}
CODE = {"name": "code", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9]{2,5}(-[0-9]{2,})?$"},
        "example": "11131", "description": "Mã đơn vị: tỉnh (\"31\"), xã (\"11131\") hoặc thôn (\"11131-01\")."}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
secured = [{"bearer": []}]

resident_props = {
    "id": {"type": "string", "format": "uuid"}, "fullName": {"type": "string"},
    "birthDate": {"type": "string", "format": "date"}, "gender": {"type": "string", "enum": ["male", "female"]},
    "cccd": {"type": "string", "description": "Số CCCD; che bớt trừ khi vai trò được xem."},
    "phone": {"type": "string"}, "villageCode": {"type": "string"}, "householdId": {"type": "string", "format": "uuid"},
    "isHouseholdHead": {"type": "boolean"}, "relationToHead": {"type": "string"},
    "targetGroup": {"type": "string", "enum": ["official", "student", "worker", "citizen"]},
    "targetGroupSource": {"type": "string", "enum": ["derived", "set"]}, "organisation": {"type": "string"},
    "smartphone": {"type": "string", "enum": ["yes", "no", "unknown"]}, "vneidLevel": {"type": "integer", "enum": [0, 1, 2]},
    "notes": {"type": "string"},
}
doc = {
    "openapi": "3.1.0",
    "info": {"title": "hocvuso API", "version": "1.0.0",
             "description": "API của hocvuso (Bình dân học vụ số): đơn vị hành chính, thôn, nhân khẩu, nhập danh sách."},
    "servers": [{"url": "/"}],
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Problem": {"type": "object", "required": ["reason"], "properties": {
                "row": {"type": "integer"}, "column": {"type": "string"}, "value": {"type": "string"}, "reason": {"type": "string"}}},
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
                "required": ["code", "message", "details"], "properties": {
                    "code": {"type": "string"}, "message": {"type": "string"},
                    "details": {"type": "array", "items": ref("Problem")}}}}},
            "Health": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string", "enum": ["ok"]}, "demo": {"type": "string"}}},
            "LoginRequest": {"type": "object", "required": ["username", "password"], "properties": {
                "username": {"type": "string"}, "password": {"type": "string"}}},
            "LoginResponse": {"type": "object", "required": ["token", "expiresAt", "username", "role", "unitCode"], "properties": {
                "token": {"type": "string"}, "expiresAt": {"type": "string", "format": "date-time"}, "username": {"type": "string"},
                "role": {"type": "string"}, "unitCode": {"type": "string"}}},
            "UnitChild": {"type": "object", "required": ["code", "name", "type", "level", "status", "residents", "households"], "properties": {
                "code": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"},
                "level": {"type": "string", "enum": ["province", "commune", "village"]}, "status": {"type": "string", "enum": ["active", "closed"]},
                "residents": {"type": "integer"}, "households": {"type": "integer"}}},
            "Unit": {"type": "object", "required": ["code", "name", "type", "level", "status", "provinceCode", "validFrom", "residents", "households", "residentsByTargetGroup", "children"],
                     "properties": {
                "code": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"},
                "level": {"type": "string", "enum": ["province", "commune", "village"]}, "status": {"type": "string", "enum": ["active", "closed"]},
                "parentCode": {"type": "string"}, "provinceCode": {"type": "string"},
                "validFrom": {"type": "string", "format": "date"}, "validTo": {"type": "string", "format": "date"},
                "residents": {"type": "integer"}, "households": {"type": "integer"},
                "residentsByTargetGroup": {"type": "object", "additionalProperties": {"type": "integer"}},
                "children": {"type": "array", "items": ref("UnitChild")},
                "history": {"type": "array", "items": {"type": "object", "properties": {
                    "name": {"type": "string"}, "type": {"type": "string"}, "validFrom": {"type": "string", "format": "date"},
                    "validTo": {"type": "string", "format": "date"}}}}}},
            "VillageRequest": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "type": {"type": "string", "enum": ["Thôn", "Tổ dân phố", "Khu dân cư"]},
                "effective": {"type": "string", "format": "date"}}},
            "Resident": {"type": "object", "required": ["id", "fullName", "birthDate", "gender", "villageCode", "isHouseholdHead",
                                                         "targetGroup", "targetGroupSource", "smartphone", "vneidLevel"],
                         "properties": resident_props},
            "ResidentInput": {"type": "object", "required": ["fullName", "birthDate", "gender", "villageCode"], "properties": {
                "fullName": {"type": "string"}, "birthDate": {"type": "string", "description": "dd/mm/yyyy hoặc YYYY-MM-DD"},
                "gender": {"type": "string", "enum": ["male", "female"]}, "cccd": {"type": "string"}, "phone": {"type": "string"},
                "villageCode": {"type": "string"}, "householdID": {"type": "string", "format": "uuid"},
                "relationToHead": {"type": "string"}, "targetGroup": {"type": "string", "enum": ["official", "student", "worker", "citizen"]},
                "organisation": {"type": "string"}, "smartphone": {"type": "string", "enum": ["yes", "no", "unknown"]},
                "vneidLevel": {"type": "integer", "enum": [0, 1, 2]}, "notes": {"type": "string"}}},
            "ResidentPage": {"type": "object", "required": ["total", "totalCapped", "page", "per", "items"], "properties": {
                "total": {"type": "integer"}, "totalCapped": {"type": "boolean", "description": "Danh sách lọc chỉ được đếm tới 10.000."}, "page": {"type": "integer"}, "per": {"type": "integer"},
                "items": {"type": "array", "items": ref("Resident")}}},
            "ImportResult": {"type": "object", "required": ["imported", "dryRun", "households"], "properties": {
                "imported": {"type": "integer"}, "dryRun": {"type": "boolean"}, "households": {"type": "integer"}}},
            "Status": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string"}}},
        },
    },
    "paths": {
        "/health": {"get": {"summary": "Tình trạng máy chủ và cơ sở dữ liệu", "responses": {"200": ok("Đang chạy", ref("Health"))}}},
        "/api/v1/auth/login": {"post": {"summary": "Đăng nhập, nhận mã truy cập", "requestBody": {"required": True, **json_body(ref("LoginRequest"))},
            "responses": {"200": ok("Mã truy cập", ref("LoginResponse")), **errors(400, 401, 429)}}},
        "/api/v1/auth/logout": {"post": {"summary": "Đăng xuất (hủy mã truy cập)", "security": secured,
            "responses": {"200": ok("Đã đăng xuất", ref("Status")), **errors(401)}}},
        "/api/v1/units/{code}": {
            "get": {"summary": "Một đơn vị, số liệu và các đơn vị trực thuộc", "security": secured, "parameters": [CODE],
                    "responses": {"200": ok("Đơn vị", ref("Unit")), **errors(401, 403, 404)}},
            "patch": {"summary": "Đổi tên thôn/tổ dân phố từ một ngày", "security": secured, "parameters": [CODE],
                      "requestBody": {"required": True, **json_body(ref("VillageRequest"))},
                      "responses": {"200": ok("Thôn sau khi đổi tên", ref("Unit")), **errors(400, 401, 403, 404, 409, 422)}}},
        "/api/v1/units/{code}/villages": {"post": {"summary": "Tạo thôn/tổ dân phố trong xã", "security": secured, "parameters": [CODE],
            "requestBody": {"required": True, **json_body(ref("VillageRequest"))},
            "responses": {"201": ok("Thôn mới", ref("Unit")), **errors(400, 401, 403, 404, 409, 422)}}},
        "/api/v1/units/{code}/close": {"post": {"summary": "Giải thể thôn/tổ dân phố từ một ngày", "security": secured, "parameters": [CODE],
            "requestBody": {"required": False, **json_body(ref("VillageRequest"))},
            "responses": {"200": ok("Thôn đã giải thể", ref("Unit")), **errors(400, 401, 403, 404, 409, 422)}}},
        "/api/v1/units/{code}/residents": {
            "get": {"summary": "Danh sách nhân khẩu của đơn vị và mọi đơn vị trực thuộc", "security": secured, "parameters": [CODE,
                {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Tên (không cần dấu), số CCCD hoặc số điện thoại"},
                {"name": "village", "in": "query", "schema": {"type": "string"}},
                {"name": "group", "in": "query", "schema": {"type": "string", "enum": ["official", "student", "worker", "citizen"]}},
                {"name": "age", "in": "query", "schema": {"type": "string", "enum": ["0-15", "16-35", "36-60", "60+"]}},
                {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                {"name": "per", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
                    "responses": {"200": ok("Một trang nhân khẩu", ref("ResidentPage")), **errors(400, 401, 403, 404)}},
            "post": {"summary": "Thêm nhân khẩu", "security": secured, "parameters": [CODE],
                     "requestBody": {"required": True, **json_body(ref("ResidentInput"))},
                     "responses": {"201": ok("Nhân khẩu mới", ref("Resident")), **errors(400, 401, 403, 404, 409, 422)}}},
        "/api/v1/units/{code}/residents/import": {"post": {"summary": "Nhập danh sách nhân khẩu (CSV hoặc XLSX): tất cả hoặc không dòng nào",
            "security": secured, "parameters": [CODE,
                {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}},
                {"name": "filename", "in": "query", "schema": {"type": "string"}},
                {"name": "sheet", "in": "query", "schema": {"type": "string"}, "description": "Trang tính cần nhập (tên hoặc số thứ tự từ 0) khi tệp có nhiều danh sách."}],
            "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
            "responses": {"200": ok("Kiểm tra thử: không lưu gì", ref("ImportResult")), "201": ok("Đã nhập", ref("ImportResult")),
                          **errors(400, 401, 403, 404, 413, 422)}}},
        "/api/v1/units/{code}/households": {"get": {"summary": "Các hộ gia đình của một thôn (chủ hộ, số người)", "security": secured,
            "parameters": [CODE], "responses": {"200": ok("Danh sách hộ", {"type": "object", "required": ["items"], "properties": {
                "items": {"type": "array", "items": {"type": "object", "required": ["id", "head", "members", "label"], "properties": {
                    "id": {"type": "string", "format": "uuid"}, "head": {"type": "string"}, "members": {"type": "integer"},
                    "label": {"type": "string"}}}}}}), **errors(401, 403, 404, 422)}}},
        "/api/v1/residents/{id}": {
            "get": {"summary": "Một nhân khẩu (ghi nhật ký truy cập)", "security": secured, "parameters": [ID],
                    "responses": {"200": ok("Nhân khẩu", ref("Resident")), **errors(401, 403, 404)}},
            "put": {"summary": "Sửa nhân khẩu", "security": secured, "parameters": [ID],
                    "requestBody": {"required": True, **json_body(ref("ResidentInput"))},
                    "responses": {"200": ok("Nhân khẩu sau khi sửa", ref("Resident")), **errors(400, 401, 403, 404, 409, 422)}},
            "delete": {"summary": "Xóa nhân khẩu", "security": secured, "parameters": [ID],
                       "responses": {"200": ok("Đã xóa", ref("Status")), **errors(401, 403, 404)}}},
    },
}
openapi_activity.add(doc, ref, ok, json_body, errors, CODE, secured)
openapi_activity.add_indicators(doc, ref, ok, json_body, errors, CODE, secured)
openapi_learning.add(doc, ref, ok, json_body, errors, CODE, secured)
openapi_learning.add_records(doc, ref, ok, json_body, errors, CODE, secured)
openapi_documents.add(doc, ref, ok, json_body, errors, CODE, secured)
openapi_documents.add_reports(doc, ref, ok, json_body, errors, CODE, secured)
openapi_audit.add(doc, ref, ok, json_body, errors, CODE, secured)
doc["info"]["description"] += " Tổ công nghệ số, lịch trực, lượt hỗ trợ, đi từng hộ, lớp học và sự kiện."
doc["info"]["description"] += " Học trực tuyến, đánh giá kỹ năng số và chứng nhận có mã xác minh."
out = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "HocVuSoWeb", "Resources", "static", "openapi.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
print(os.path.normpath(out))
