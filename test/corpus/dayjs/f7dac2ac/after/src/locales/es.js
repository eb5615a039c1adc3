export default {
  MS: 'milisegundo',
  S: 'segundo',
  MIN: 'minuto',
  H: 'hora',
  D: 'día',
  W: 'semana',
  M: 'mes',
  Q: 'trimestre',
  Y: 'año',
  DATE: 'fecha',
  WD: ['Domingo', 'Lunes', 'Marter', 'Miércoles', 'Jueves', 'Viernes', 'Sábado'],
  MONTHS: ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre']
}