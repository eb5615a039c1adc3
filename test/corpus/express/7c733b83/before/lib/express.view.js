
// Express - View - Copyright TJ Holowaychuk <tj@vision-media.ca> (MIT Licensed)

(function(){
  
  Express.View = {
    
  }
  
})()