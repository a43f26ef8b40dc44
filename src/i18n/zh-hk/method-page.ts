/** 評估方法頁（/<lang>/method/）的內文；數字由方法資料檔案填入。 */
import type { MethodPageKey } from "../en/method-page.ts";

export const methodPage: Record<MethodPageKey, string> = {
  "meta.title": "準備程度評估的方法",
  "meta.description": "準備程度評估背後公開的方法：評分、第一類或第二類報告建議、準則選擇及審核日數估算。",

  "version.heading": "方法版本",
  "version.method": "方法版本",
  "version.questionnaire": "問卷版本",
  "version.published": "公布日期",
  "version.intro":
    "本頁列出我們為準備程度評估自訂的方法：如何為準備程度評分、如何建議 SOC 2 第一類或第二類報告、如何選定信託服務準則，以及如何估算審核日數。本頁的所有數字均直接取自評估所用的同一批數據檔案，因此本頁與你的評估結果不會互相矛盾。每份結果都會註明計算時所用的方法版本；任何數字一經更改，版本亦隨之更新，並在本頁末的變更紀錄中說明改動內容。",
  "version.notAudit":
    "本評估是一項自我評估工具，按相關標準及你自己的答案提供一般性指引；它並非審計、鑒證或顧問服務，所列日數只屬規劃估算，並非報價。作為審計師，我們必須保持獨立，因此不會為你設計控制措施。詳情請參閱我們的{terms}。",
  "version.termsLink": "條款及免責聲明",

  "scoring.heading": "如何為準備程度評分",
  "scoring.scale": "每條控制問題都以成熟度等級作答，每個答案可得 0 至 1 分：",
  "scoring.scaleCaption": "成熟度等級中每個答案的分數",
  "scoring.colAnswer": "答案",
  "scoring.colPoints": "分數",
  "scoring.leftOut": "不計入分數",
  "scoring.weights":
    "每條問題設有 1（有用）至 3（必要）的權重。分數是計入問題所得分數的加權平均數，以 0 至 100 表示，並四捨五入至一個小數位：即各題「分數乘以權重」的總和，除以權重的總和。",
  "scoring.unknownNa":
    "「{unknown}」得 {points} 分，並會標示為需要跟進：如果你無法確定某項控制措施是否存在，審計師亦無法依賴它，因此會當作差距處理。「{na}」則完全不計入平均數，既不會提高亦不會拉低分數。",
  "scoring.sets":
    "所有分數都用同一條公式計算，分別只在於計入哪些問題。每條控制問題屬於一個範疇，每個範疇屬於一個框架：SOC 2 問題在其信託服務準則屬於你的範圍時計入 SOC 2 分數（與可選類別相關的範疇，例如私隱，只在該類別納入範圍時才計算）；人工智能管理問題在 ISO/IEC 42001 適用於你時計入 ISO/IEC 42001 分數。整體分數涵蓋計入任何一個框架的所有問題，各範疇分數則涵蓋其中屬於該範疇的問題。因你先前的答案而略過的問題不會計算在內。",
  "scoring.bandsIntro": "分數屬於以下首個達到其最低分數的級別：",
  "scoring.bandsCaption": "準備程度級別及其最低分數",
  "scoring.colBand": "級別",
  "scoring.colMin": "最低分數",
  "scoring.blockers":
    "部分問題標示為關鍵問題：如果欠缺相關控制措施，相當可能令 SOC 2 審驗出現例外事項或非無保留意見，或在 ISO/IEC 42001 第二階段審核中構成主要不符合項，令審核未能建議認證。關鍵問題的答案如低於「{level}」，或答「{unknown}」，即屬該問題所屬範疇的框架的關鍵差距。只要某框架存在關鍵差距，不論分數多高，該框架的級別最多只會是「{cap}」；SOC 2 的關鍵差距不會影響 ISO/IEC 42001 的級別，反之亦然。",
  "scoring.typeII":
    "第二類報告及 ISO/IEC 42001 第二階段審核會測試控制措施的實際運作，因此結果亦會顯示計入問題中答「{level}」的比例。",
  "scoring.domainsHeading": "範疇",
  "scoring.domainsIntro":
    "第 {version} 版問卷共有 {questions} 條控制問題，分屬 {domains} 個範疇，其中 {blockers} 條屬關鍵問題。每個範疇屬於 SOC 2 或 ISO/IEC 42001：",
  "scoring.domainsCaption": "準備程度範疇及其所屬框架和問題數目",
  "scoring.colDomain": "範疇",
  "scoring.colFramework": "框架",
  "scoring.colQuestions": "控制問題",
  "scoring.colBlockers": "關鍵問題",

  "soc2.heading": "SOC 2：第一類還是第二類報告",
  "soc2.type1":
    "第一類報告描述你的控制措施在某一日期的狀況，該日期定於委聘開始後 {asOf}，報告則於委聘開始後 {min} 至 {max} 個月發出。",
  "soc2.type2":
    "第二類報告還會測試控制措施在整個觀察期內是否有效運作；觀察期最少 {min} 個月，年度報告則為 {annual} 個月。報告於觀察期結束後 {reportMin} 至 {reportMax} 個月、完成測試及報告工作後發出。",
  "soc2.directHeading": "何時建議直接取得第二類報告",
  "soc2.directIntro": "只有在以下所有條件都符合時，我們才會建議直接取得第二類報告：",
  "soc2.directBands": "你的 SOC 2 準備程度屬於{bands}級別，而且沒有 SOC 2 關鍵差距；",
  "soc2.directEvidence": "你的主要控制措施已有最少 {min} 個月的運作紀錄（見下表）；",
  "soc2.directDeadline":
    "你所給的任何限期，須足夠容納你的級別所需的準備工作、觀察期，以及 {reportMax} 個月的測試及撰寫報告時間。",
  "soc2.type1First":
    "否則，我們建議先取得第一類報告。其後第二類報告的觀察期由第一類報告截至日期翌日起計，為期 {min} 個月。如對方只要求第一類報告，而你的客戶亦不期望每年取得報告，我們只建議取得第一類報告。",
  "soc2.renewal":
    "如你已持有第二類報告，並仍符合上述級別及關鍵差距的條件，我們會安排下一個連續的年度期間，為期 {annual} 個月。",
  "soc2.annual":
    "如你的客戶期望每年取得一份新報告（你告訴我們有此需要，或要求報告的包括銀行、保險公司或其他受規管金融機構），首個期間以後的每個期間均為 {annual} 個月，並且不留空檔。如你的紀錄已涵蓋這麼長的時間，而報告仍可趕及你的限期，首個期間亦為 {annual} 個月；否則首個期間為 {min} 個月。",
  "soc2.period": "觀察期會在委聘開始前於委聘條款中議定，並由委聘開始時起計。{lookBack}",
  "soc2.lookBackOff": "我們不會把首個期間設於已過去的月份。",
  "soc2.lookBackOn": "如你的紀錄完整，首個期間可涵蓋已有證據的月份，並在委聘開始時結束。",
  "soc2.deadlineCheck":
    "結果會把首份報告的預計發出時段與你的限期比較：整個時段都在限期之前即屬趕及；只有時段的開始在限期之前即屬緊迫；即使最早的實際可行日期亦在限期之後即屬趕不及，結果會清楚說明並列出該日期。",
  "soc2.evidenceIntro": "我們如何理解你就主要控制措施已有多久運作紀錄的答案（每個範圍均以下限計算）：",
  "soc2.evidenceCaption": "每個答案所計算的證據月數",
  "soc2.colAnswer": "你的答案",
  "soc2.colEvidenceMonths": "計算的月數",
  "soc2.deadlineIntro": "以及你就何時需要首份報告的答案，以距離開始日期的月數表示：",
  "soc2.deadlineCaption": "報告限期答案換算為距離開始日期的月數",
  "soc2.colDeadlineMonths": "距離開始日期的月數",
  "soc2.noDeadline": "沒有限期",

  "rule.answer": "「{question}」的答案為「{answers}」",
  "rule.atLeast": "「{question}」的答案為 {value} 或以上",
  "rule.not": "並非：{text}",
  "criteria.heading": "納入範圍的信託服務準則",
  "criteria.intro":
    "保安（即共同準則）是每份 SOC 2 報告的必要部分。其餘四個類別則取決於你對客戶的承諾，因為客戶進行盡職審查時正是查核這些承諾；因此，只有當你的答案顯示有相關承諾時，我們才會加入該類別：",
  "criteria.caption": "信託服務類別、其準則及納入條件",
  "criteria.colCategory": "類別",
  "criteria.colCount": "準則數目",
  "criteria.colIds": "準則編號",
  "criteria.colWhen": "何時納入",
  "criteria.security": "必定納入",
  "criteria.availability": "你對客戶的承諾包括「{sla}」，或你將貴機構描述為「{cloud}」。",
  "criteria.confidentiality": "你對客戶的承諾包括「{nda}」。",
  "criteria.processingIntegrity": "你對客戶的承諾包括「{transactions}」。",
  "criteria.privacy":
    "個人資料是服務的核心，而你就此作出承諾。如你只按客戶指示處理個人資料，私隱類別仍屬可選，結果會說明原因。",
  "criteria.total": "包含所有類別的報告共涵蓋 {total} 項準則。",
  "criteria.ruleOr": "或",

  "days.heading": "SOC 2 審計日數",
  "days.intro": "我們對 SOC 2 審驗所需審計師日數的估算，是按影響工作量的因素自行建立的模型，分六個步驟計算：",
  "days.step1": "以報告類型的基本日數為起點：第一類報告 {type1}，第二類報告 {type2}。",
  "days.step2": "如屬第二類報告，觀察期每個月加 {perMonth}。",
  "days.step3":
    "加上範圍因素：每個可選的信託服務類別、機構人數、範圍內的系統數目、第一個地點以外每個地點 {perSite}、寄存模式，以及分包服務機構。",
  "days.step4": "如屬第二類報告，範圍因素乘以 {factor}，因為每項控制措施要在整個期間內測試，而不是只在某一日期測試。",
  "days.step5": "總數再乘以你的 SOC 2 準備程度級別所對應的系數：在審計期間仍在修正的控制措施需要更長時間測試。",
  "days.step6": "四捨五入至最接近的 {step}，最少為 {step}。",
  "days.tablesIntro": "每個步驟所用的數字如下：",
  "days.fixedCaption": "SOC 2 審計日數模型的固定項目",
  "days.colTerm": "項目",
  "days.colValue": "數值",
  "days.baseType1": "基本日數，第一類報告（日）",
  "days.baseType2": "基本日數，第二類報告（日）",
  "days.perMonth": "觀察期每個月，第二類報告（日）",
  "days.perSite": "第一個地點以外的每個地點（日）",
  "days.type2Multiplier": "第二類報告的範圍因素乘數",
  "days.rounding": "進位單位（日）",
  "days.categoriesCaption": "每個可選信託服務類別增加的日數（保安已包括在基本日數內）",
  "days.colCategory": "類別",
  "days.colDays": "增加日數",
  "days.headcountCaption": "按機構人數增加的日數",
  "days.colHeadcount": "機構人數",
  "days.systemsCaption": "按範圍內系統數目增加的日數",
  "days.colSystems": "範圍內的系統",
  "days.hostingCaption": "按寄存模式增加的日數",
  "days.colHosting": "系統在哪裏運行",
  "days.subserviceCaption": "每間分包服務機構增加的日數",
  "days.colSubservice": "報告如何處理該機構",
  "days.colPerOrganisation": "每間機構的日數",
  "days.subserviceNote": "如你尚未確定，我們會按剔除法估算。",
  "days.maturityCaption": "按 SOC 2 準備程度級別劃分的控制成熟度系數",
  "days.colFactor": "系數",
  "days.example":
    "例子：一份觀察期為 {months} 個月、涵蓋保安及可用性的第二類報告，機構有 {headcount} 人，在單一公共雲上運行 {systems} 個系統，只有一個地點，沒有分包服務機構，準備程度為「{band}」，估算為 {days}。",

  "iso.heading": "ISO/IEC 42001 審核日數",
  "iso.applies":
    "如你表示貴機構生產、開發、提供或使用人工智能系統，並正為 ISO/IEC 42001 作準備，此標準便適用。你的人工智能角色決定採用哪一欄：只屬生產者採用生產者一欄；只擔當開發者、提供者或使用者其中一個角色採用中間一欄；擔當兩個或以上角色採用多個角色一欄。",
  "iso.table":
    "此表列出初次認證審核（第一及第二階段合計）按與人工智能相關的人員數目計算的審核員日數；與人工智能相關的人員，指參與人工智能管理體系所管轄流程的員工、承辦商及合作夥伴。第一行（{firstRow} 人）是 ISO/IEC 42006 公布的示例。其上各行是本所自行推算的數字，並已標明：生產者一欄依照相同人數的資訊保安管理體系審核時間表（ISO/IEC 27006-1），並且不會低於該表；只擔當其他一個角色為生產者數字的 {single} 倍，擔當多個角色為 {several} 倍，即 ISO/IEC 42006 示例一行的比例。我們的{costs}頁面列出資料來源。",
  "iso.costsLink": "費用及審核日數",
  "iso.tableCaption": "按與人工智能相關人員數目及人工智能角色劃分的初次審核日數",
  "iso.colPersonnel": "與人工智能相關的人員",
  "iso.colProducer": "人工智能生產者",
  "iso.colDeveloperProviderUser": "人工智能開發者、提供者或使用者",
  "iso.colMultiple": "多個角色",
  "iso.colIsms": "資訊保安管理體系審核時間（ISO/IEC 27006-1）",
  "iso.colBasis": "依據",
  "iso.basisIso42006": "ISO/IEC 42006 示例",
  "iso.basisExtrapolated": "本所推算",
  "iso.beyond":
    "超過 {last} 人時，每多 {persons} 人（不足此數亦作一組計算），生產者加 {producer}，只擔當其他一個角色加 {single}，擔當多個角色加 {several}。",
  "iso.adjustmentsHeading": "調整",
  "iso.increasesIntro": "表中日數其後按百分比增加，各項百分比累加計算：",
  "iso.systemsCaption": "按範圍內人工智能系統數目增加的百分比",
  "iso.colSystems": "範圍內的人工智能系統",
  "iso.colIncrease": "增幅",
  "iso.increasesCaption": "較高風險情況的增幅",
  "iso.colContext": "情況",
  "iso.highRisk": "人工智能在以下任何一個範疇作出或支援決策：",
  "iso.regulated": "貴機構屬於以下其中一類：",
  "iso.genai": "在客戶使用的產品或服務中應用生成式人工智能",
  "iso.floor":
    "受規管金融機構（上述其中一類）如在高風險範疇使用人工智能，不論其他數字如何，初次認證審核最少需要 {days}：須審查監管方面的證據，並需要具專門知識的審核員。",
  "iso.sites":
    "多個地點：如各地點在同一管理體系下運作相同流程，我們會按 IAF MD 1 的方法抽樣，在初次審核時審核地點數目的平方根（向上取整）個地點；第一個以外每個抽中的地點加 {perSampled}。如各地點的流程不同，則審核每個地點，第一個以外每個地點加 {perSite}。",
  "iso.reductionsIntro":
    "如你持有現行的管理體系證書，而該體系與人工智能管理體系整合並一併審核（IAF MD 11），共用的流程無須重複審核，因此我們會扣減一個百分比。分開審核或已失效的證書不會帶來扣減。扣減可以累加，但合共不會超過 {cap}。",
  "iso.reductionsCaption": "整合管理體系的扣減",
  "iso.colCertificate": "你持有的證書",
  "iso.colReduction": "扣減",
  "iso.cycleHeading": "由表中日數到三年週期",
  "iso.step1": "表中日數乘以「一加各項增幅總和」。",
  "iso.step2": "加上地點日數。",
  "iso.step3": "減去整合扣減（以上限為限）。",
  "iso.step3b": "如適用，把結果提高至在受規管職能中使用高風險人工智能的金融機構的最低日數。",
  "iso.step4": "四捨五入至最接近的 {step}，即為初次認證審核日數。",
  "iso.step5": "第一階段佔其中 {share}，以同一方式進位，並一定為第二階段留有時間；其餘為第二階段。",
  "iso.step6":
    "兩次年度監察審核各約為初次審核的 {surveillance}，證書到期前的重新認證審核約為 {recertification}，兩者均以同一方式進位。",
  "iso.example":
    "例子：一個人工智能開發者，有 {headcount} 名與人工智能相關的人員、一個人工智能系統、一個地點，沒有其他證書，初次審核需時 {initial}（第一階段 {stage1}，第二階段 {stage2}），每次監察審核 {surveillance}，重新認證 {recertification}。",

  "timeline.heading": "時間表的預設數值",
  "timeline.intro":
    "你的時間表由你選定的開始日期起計。審計委聘開始前，我們會按你的準備程度級別預留準備工作的時間（SOC 2 按你的 SOC 2 級別，ISO/IEC 42001 按你的 ISO/IEC 42001 級別）：",
  "timeline.readinessCaption": "委聘開始前各級別所需的準備工作月數",
  "timeline.colMonths": "準備工作",
  "timeline.soc2":
    "SOC 2 的日期隨後按上述規則排定：第一類報告日期為委聘開始後 {asOf}，報告於委聘開始後 {t1min} 至 {t1max} 個月發出；第二類報告於觀察期結束後 {t2min} 至 {t2max} 個月發出，下一個年度期間則於翌日開始。",
  "timeline.isoIntro": "ISO/IEC 42001 方面，我們規劃以下里程碑：",
  "timeline.isoCaption": "ISO/IEC 42001 里程碑及規劃時間",
  "timeline.colMilestone": "里程碑",
  "timeline.colWhen": "時間",
  "timeline.stage1When": "委聘開始後 {weeks}",
  "timeline.stage2When": "第一階段後 {min} 至 {max} 個星期，以便處理第一階段的審核發現",
  "timeline.certificateWhen":
    "第二階段後 {min} 至 {max} 個星期，用於處理不符合項及作出認證決定（由第一階段起計共 {total} 個星期）",
  "timeline.afterCertificate": "發出證書後 {months}",

  "overlay.heading": "香港監管要求",
  "overlay.intro":
    "評估會列出與貴機構相關的香港監管要求（以及歐盟《人工智能法》）。下表每一項都附有一個以你的背景答案為依據的條件：誰監管你或你為誰提供服務、你是否建構或使用人工智能、你是否處理個人資料、你如何使用生成式人工智能，以及你的人工智能是否觸及歐盟。條件成立時，結果會列出該項要求、令其適用的答案，以及為其提供證據的控制問題。",
  "overlay.notAdvice": "這只是指引，並非法律意見：某項規定是否適用及如何適用，須由你和你的顧問確認。",
  "overlay.caption": "評估可列出的監管要求",
  "overlay.colRegulator": "監管機構",
  "overlay.colRef": "編號",
  "overlay.colTitle": "名稱",
  "overlay.colDate": "日期",

  "changelog.heading": "變更紀錄",
  "changelog.intro": "任何數字或計分內容有所更改，都會有新的方法版本，並在此加入一項紀錄，最新的排在最前。",
  "changelog.entry": "第 {version} 版，{date}",

  "unit.day": "{n} 日",
  "unit.days": "{n} 日",
  "unit.month": "{n} 個月",
  "unit.months": "{n} 個月",
  "unit.week": "{n} 個星期",
  "unit.weeks": "{n} 個星期",
  "range.between": "{from} 至 {to}",
  "range.andAbove": "{from} 或以上",
  factor: "×{factor}",
  "table.region": "{name}（可橫向捲動）",
  "punct.colon": "：",
  quote: "「{text}」",
};
