/*
 * Based on the config.js shipped with Camunda 7.24 (Apache License 2.0). Overriding this file replaces the
 * default configuration of the app, so only what we change is set here; see the shipped file for the rest.
 */

export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  customScripts: ['../kt/locale-preload', '../kt/leftovers'],
  // Khen thưởng: the user guide, the auditors' page (audit trail search) and the movements page, reachable from the welcome page.
  links: [
    {
      label: 'Hướng dẫn sử dụng',
      href: '/huong-dan.html',
      description: 'Hướng dẫn từng bước, có hình minh hoạ, cho cán bộ cấp xã, Hội đồng thi đua, Ban Thi đua, Chủ tịch, thanh tra và quản trị viên'
    },
    {
      label: 'Tra cứu, thanh tra hồ sơ khen thưởng',
      href: '/tra-cuu.html',
      description: 'Tìm hồ sơ và quyết định khen thưởng, xem toàn bộ lịch sử, kiểm tra tính toàn vẹn, xuất PDF/CSV/XLSX (thanh tra, quản trị)'
    },
    {
      label: 'Phong trào thi đua',
      href: '/phong-trao.html',
      description: 'Danh sách phong trào, hồ sơ đề nghị và khen thưởng của từng phong trào; Ban Thi đua – Khen thưởng tỉnh thêm, sửa, kết thúc phong trào'
    },
    {
      label: 'Sổ khen thưởng các năm trước',
      href: '/so-khen-thuong.html',
      description: 'Quản trị viên nhập quyết định khen thưởng các năm trước từ mẫu Excel; tra cứu sổ khen thưởng'
    },
    {
      label: 'Nộp danh sách đề nghị khen thưởng',
      href: '/nop-danh-sach.html',
      description: 'Cán bộ cấp xã tải mẫu Excel, nộp cả danh sách đối tượng một lần, xem kết quả kiểm tra từng dòng'
    },
    {
      label: 'Chuyển hồ sơ đang chạy sang phiên bản quy trình khác',
      href: '/chuyen-phien-ban.html',
      description: 'Quản trị viên xem trước kế hoạch chuyển, hồ sơ ở từng bước và lý do không chuyển được, rồi chuyển tất cả hoặc từng hồ sơ'
    }
  ]
};
