-- Korean names of the sites (reference/korea-network.json koreanName), for Korean pages.
-- Sites loaded before this version get theirs here; a site without one shows its English name.
alter table network.site add column korean_name text check (length(korean_name) <= 200);

update network.site set korean_name = '서울대학교병원' where id = 'KR-SNUH' and korean_name is null;
update network.site set korean_name = '삼성서울병원' where id = 'KR-SMC' and korean_name is null;
update network.site set korean_name = '서울아산병원' where id = 'KR-AMC' and korean_name is null;
update network.site set korean_name = '연세대학교 세브란스병원' where id = 'KR-SEVERANCE' and korean_name is null;
update network.site set korean_name = '가톨릭대학교 서울성모병원' where id = 'KR-SSMH' and korean_name is null;
update network.site set korean_name = '고려대학교 안암병원' where id = 'KR-KUAH' and korean_name is null;
update network.site set korean_name = '가톨릭대학교 여의도성모병원' where id = 'KR-YSMH' and korean_name is null;
update network.site set korean_name = '차의과학대학교 분당차병원' where id = 'KR-CHA' and korean_name is null;
update network.site set korean_name = '울산대학교병원' where id = 'KR-UUH' and korean_name is null;
update network.site set korean_name = '가천대학교 길병원' where id = 'KR-GIL' and korean_name is null;
update network.site set korean_name = '가톨릭대학교 은평성모병원' where id = 'KR-ESMH' and korean_name is null;
update network.site set korean_name = '국립암센터' where id = 'KR-NCC' and korean_name is null;
update network.site set korean_name = '노바티스 모리스플레인스 제조소' where id = 'US-NVS-MP' and korean_name is null;
update network.site set korean_name = '큐로셀 대전 제조시설' where id = 'KR-CUROCELL' and korean_name is null;
update network.site set korean_name = '얀센 래리턴 세포치료제 제조시설 (데모)' where id = 'US-JNJ-RARITAN' and korean_name is null;
update network.site set korean_name = '데모 냉동 운송사 (가상)' where id = 'KR-COURIER' and korean_name is null;
