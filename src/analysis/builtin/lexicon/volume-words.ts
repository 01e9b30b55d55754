/** The words a stated usage figure is made of, in every language we read. Keys are lower case without accents. */

export const numberWords: Readonly<Record<string, number>> = {
  // en
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, million: 1e6, millions: 1e6, dozen: 12,
  // es
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, ochocientos: 800, novecientos: 900, mil: 1000, millon: 1e6, millones: 1e6,
  // pt
  duas: 2, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, vinte: 20, trinta: 30, quarenta: 40,
  cinquenta: 50, cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300, quinhentos: 500,
  milhao: 1e6, milhoes: 1e6,
  // fr
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
  // it / de
  due: 2, tre: 3, cinque: 5, dieci: 10, venti: 20, duecento: 200, mila: 1000,
  zwei: 2, drei: 3, vier: 4, funf: 5, zehn: 10, zwanzig: 20, hundert: 100, tausend: 1000,
};

/** Words after a numeral that multiply it: "20k", "20 mil", "1,5 millones", "1.5 lakh". */
export const multipliers: Readonly<Record<string, number>> = {
  k: 1e3, mil: 1e3, mille: 1e3, mila: 1e3, thousand: 1e3, tausend: 1e3,
  m: 1e6, mm: 1e6, million: 1e6, millions: 1e6, millon: 1e6, millones: 1e6, milhao: 1e6, milhoes: 1e6,
  milione: 1e6, milioni: 1e6, lakh: 1e5, lakhs: 1e5, crore: 1e7,
};

/** Currency words and symbols → ISO 4217. Longest are tried first. */
export const currencies: Readonly<Record<string, string>> = {
  'us$': 'USD', usd: 'USD', dollars: 'USD', dollar: 'USD', dolares: 'USD', dolar: 'USD', bucks: 'USD', $: 'USD',
  '€': 'EUR', eur: 'EUR', euros: 'EUR', euro: 'EUR', '£': 'GBP', gbp: 'GBP', pounds: 'GBP', libras: 'GBP',
  mxn: 'MXN', 'pesos mexicanos': 'MXN', 'r$': 'BRL', brl: 'BRL', reais: 'BRL', real: 'BRL', cop: 'COP',
  'pesos colombianos': 'COP', clp: 'CLP', 'pesos chilenos': 'CLP', ars: 'ARS', 'pesos argentinos': 'ARS',
  pen: 'PEN', soles: 'PEN', chf: 'CHF', cad: 'CAD', aud: 'AUD', inr: 'INR', rupees: 'INR', '₹': 'INR', pesos: 'MXN',
};

/** Nouns counted → the English singular the guide asks for. An unknown noun is kept as written. */
export const units: Readonly<Record<string, string>> = {
  email: 'email', emails: 'email', 'e-mail': 'email', 'e-mails': 'email', mail: 'email', mails: 'email', correo: 'email',
  correos: 'email', courriel: 'email', courriels: 'email', newsletter: 'email', newsletters: 'email',
  seat: 'seat', seats: 'seat', licencia: 'seat', licencias: 'seat', licenca: 'seat', licencas: 'seat', license: 'seat', licenses: 'seat', licence: 'seat', licences: 'seat',
  user: 'user', users: 'user', usuario: 'user', usuarios: 'user', utilizador: 'user', utilizadores: 'user', utilisateur: 'user', utilisateurs: 'user', utenti: 'user', nutzer: 'user',
  order: 'order', orders: 'order', pedido: 'order', pedidos: 'order', comanda: 'order', comandas: 'order', commande: 'order', commandes: 'order',
  encomenda: 'order', encomendas: 'order', ordine: 'order', ordini: 'order', bestellung: 'order', bestellungen: 'order', venta: 'order', ventas: 'order', sale: 'order', sales: 'order', vendas: 'order',
  ticket: 'ticket', tickets: 'ticket', chamado: 'ticket', chamados: 'ticket', incidencia: 'ticket', incidencias: 'ticket', caso: 'ticket', casos: 'ticket',
  invoice: 'invoice', invoices: 'invoice', factura: 'invoice', facturas: 'invoice', fatura: 'invoice', faturas: 'invoice', facture: 'invoice', factures: 'invoice', fattura: 'invoice', fatture: 'invoice', rechnung: 'invoice', rechnungen: 'invoice', cfdi: 'invoice', timbres: 'invoice',
  message: 'message', messages: 'message', mensaje: 'message', mensajes: 'message', mensagem: 'message', mensagens: 'message', sms: 'message', notification: 'message', notifications: 'message', whatsapp: 'message', whatsapps: 'message', notificaciones: 'message',
  contact: 'contact', contacts: 'contact', contacto: 'contact', contactos: 'contact', contato: 'contact', contatos: 'contact', subscriber: 'contact', subscribers: 'contact', suscriptores: 'contact',
  build: 'build', builds: 'build', deploy: 'deploy', deploys: 'deploy', deployment: 'deploy', deployments: 'deploy',
  lead: 'lead', leads: 'lead', appointment: 'appointment', appointments: 'appointment', cita: 'appointment', citas: 'appointment', turno: 'appointment', turnos: 'appointment', reserva: 'booking', reservas: 'booking', booking: 'booking', bookings: 'booking', marcacoes: 'appointment', 'rendez-vous': 'appointment',
  patient: 'patient', patients: 'patient', paciente: 'patient', pacientes: 'patient',
  shipment: 'shipment', shipments: 'shipment', envio: 'shipment', envios: 'shipment', paquete: 'shipment', paquetes: 'shipment', entrega: 'shipment', entregas: 'shipment', delivery: 'shipment', deliveries: 'shipment', package: 'shipment', packages: 'shipment', parcel: 'shipment', parcels: 'shipment', colis: 'shipment',
  employee: 'employee', employees: 'employee', empleado: 'employee', empleados: 'employee', funcionario: 'employee', funcionarios: 'employee', trabajador: 'employee', trabajadores: 'employee', salarie: 'employee', salaries: 'employee', nomina: 'payslip', nominas: 'payslip', payslip: 'payslip', payslips: 'payslip',
  customer: 'customer', customers: 'customer', cliente: 'customer', clientes: 'customer', client: 'customer', clients: 'customer', clientas: 'customer',
  call: 'call', calls: 'call', llamada: 'call', llamadas: 'call', chamada: 'call', chamadas: 'call', appel: 'call', appels: 'call',
  transaction: 'transaction', transactions: 'transaction', transaccion: 'transaction', transacciones: 'transaction', payment: 'payment', payments: 'payment', pago: 'payment', pagos: 'payment',
  visit: 'visit', visits: 'visit', visita: 'visit', visitas: 'visit', visitor: 'visitor', visitors: 'visitor', pageview: 'pageview', pageviews: 'pageview',
  product: 'product', products: 'product', producto: 'product', productos: 'product', sku: 'product', skus: 'product', referencia: 'product', referencias: 'product',
  document: 'document', documents: 'document', documento: 'document', documentos: 'document', report: 'report', reports: 'report', dashboard: 'dashboard', dashboards: 'dashboard',
  request: 'request', requests: 'request', 'api calls': 'request', solicitud: 'request', solicitudes: 'request', chat: 'chat', chats: 'chat', conversation: 'conversation', conversations: 'conversation', conversaciones: 'conversation',
  minute: 'minute', minutes: 'minute', minutos: 'minute', route: 'route', routes: 'route', ruta: 'route', rutas: 'route',
};

/** Words that count something that is not usage ("3 times a week", "2 hours a day"). */
export const nonUnits: ReadonlySet<string> = new Set([
  'times', 'time', 'veces', 'vez', 'vezes', 'fois', 'volte', 'mal', 'hours', 'hour', 'horas', 'hora', 'heures', 'ore', 'stunden',
  'days', 'day', 'dias', 'dia', 'jours', 'giorni', 'weeks', 'semanas', 'months', 'meses', 'mois', 'years', 'anos', 'ans',
  'people', 'personas', 'pessoas', 'personnes', 'percent', 'por', 'ciento', 'am', 'pm', 'h', 'de', 'del', 'of', 'the',
]);

/** Period phrases, matched right after the counted thing ("a month", "al mes", "semanales", "/mo"). */
export const periodPhrases: Readonly<Record<'day' | 'week' | 'month' | 'year', readonly string[]>> = {
  day: ['a day', 'per day', 'every day', 'each day', 'daily', '/day', '/d', '/dia', '/jour', '/tag', '/giorno', 'al dia', 'por dia', 'cada dia', 'diarios', 'diarias', 'diario', 'diaria', 'diariamente', 'ao dia', 'por dia', 'par jour', 'chaque jour', 'quotidiens', 'al giorno', 'ogni giorno', 'pro tag', 'am tag', 'taglich'],
  week: ['a week', 'per week', 'every week', 'each week', 'weekly', 'a wk', '/week', '/wk', '/semana', '/semaine', '/woche', '/settimana', 'a la semana', 'por semana', 'cada semana', 'semanales', 'semanal', 'semanalmente', 'semanais', 'na semana', 'par semaine', 'chaque semaine', 'hebdomadaires', 'a settimana', 'alla settimana', 'ogni settimana', 'pro woche', 'in der woche', 'wochentlich'],
  month: ['a month', 'per month', 'every month', 'each month', 'monthly', 'a mo', '/month', '/mo', '/mes', '/mois', '/monat', '/mese', 'al mes', 'por mes', 'cada mes', 'mensuales', 'mensual', 'mensualmente', 'a mes', 'ao mes', 'mensais', 'par mois', 'chaque mois', 'mensuels', 'mensuelles', 'al mese', 'ogni mese', 'pro monat', 'im monat', 'monatlich'],
  year: ['a year', 'per year', 'every year', 'each year', 'yearly', 'annually', 'per annum', '/year', '/yr', '/ano', '/an', '/jahr', '/anno', 'al ano', 'por ano', 'cada ano', 'anuales', 'anual', 'anualmente', 'ao ano', 'anuais', 'par an', 'chaque annee', 'par annee', 'all\'anno', 'l\'anno', 'pro jahr', 'im jahr', 'jahrlich'],
};

/** Period phrases that may come before the figure in the same sentence ("Este año hemos enviado 1,5 millones…"). */
export const leadingPeriodPhrases: Readonly<Record<'day' | 'week' | 'month' | 'year', readonly string[]>> = {
  day: ['every day', 'each day', 'cada dia', 'todos los dias', 'todo dia', 'chaque jour'],
  week: ['every week', 'each week', 'cada semana', 'todas las semanas', 'toda semana', 'chaque semaine'],
  month: ['every month', 'each month', 'this month', 'cada mes', 'este mes', 'todos los meses', 'todo mes', 'chaque mois', 'ce mois'],
  year: ['every year', 'each year', 'this year', 'cada ano', 'este ano', 'todos los anos', 'chaque annee', 'cette annee', 'este ano'],
};

/** A sentence about a price (ours, most likely) unless the customer says it is what they pay. */
export const priceWords: readonly string[] = ['price', 'pricing', 'priced', 'precio', 'precios', 'tarifa', 'preco', 'precos', 'prix', 'tarif', 'prezzo', 'preis', 'quoted', 'cotizaste', 'nos pasaste', 'your plan', 'tu plan', 'vuestro plan', 'su plan', 'votre offre'];
export const spendWords: readonly string[] = ['we pay', 'we\'re paying', 'we spend', 'we\'re spending', 'costs us', 'cost us', 'budget', 'pagamos', 'gastamos', 'nos cuesta', 'nos sale', 'presupuesto', 'pressupost', 'orcamento', 'nous payons', 'on paie', 'paghiamo', 'wir zahlen', 'set aside'];

/** After a price: "per user", "por usuario" — a unit price, not the customer's spend. */
export const unitPriceMarkers: readonly string[] = ['per', 'por', 'each', 'cada', 'par', 'pro', 'a', '/'];
